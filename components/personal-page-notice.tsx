import Link from "next/link";
import { getT } from "@/lib/i18n/server";

/**
 * On a page of the logged-in person's own (profile, notices, delegations) while they consult someone
 * else's record: the page, and every change made on it, is theirs, not the record's that is open. The
 * banner above keeps the way back to their own record; this offers the way back to the other's.
 * `about` comes translated from the page.
 */
export async function PersonalPageNotice({ userName, actingFor, about }: { userName: string; actingFor: string; about: string }) {
  const t = await getT();
  return (
    <div className="mt-4 max-w-3xl rounded border-2 border-brand bg-white p-4">
      <p className="text-lg font-semibold">{t("Questa pagina riguarda te, {user}, non {name}.", { user: userName, name: actingFor })}</p>
      <p className="mt-1">{about}</p>
      <p className="mt-2">
        <Link href="/">{t("Torna al fascicolo di {name}", { name: actingFor })}</Link>
      </p>
    </div>
  );
}
