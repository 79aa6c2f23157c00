import Link from "next/link";
import { getT } from "@/lib/i18n/server";
import { LanguageSwitch } from "./language-switch";
import { LogoutButton } from "./logout-button";
import { SkipLink } from "./ui/skip-link";

/** `staff`: the desk and professional consoles, which are in Italian only and offer no language switch. */
type Props = { userName?: string; staff?: boolean };

export async function SiteHeader({ userName, staff = false }: Props) {
  const t = await getT();
  return (
    <header className="bg-brand text-white">
      <SkipLink />
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="text-lg font-semibold text-white no-underline hover:text-white">
          {t("Fascicolo Sanitario Elettronico")}
        </Link>
        <div className="flex flex-wrap items-center gap-3">
          {staff ? null : <LanguageSwitch />}
          {userName ? (
            <>
              <span className="text-sm" aria-label={t("Utente collegato")}>
                {userName}
              </span>
              <LogoutButton />
            </>
          ) : null}
        </div>
      </div>
    </header>
  );
}
