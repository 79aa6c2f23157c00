import Link from "next/link";
import type { DenyReason } from "@/lib/access/types";
import { getT } from "@/lib/i18n/server";
import { msg } from "@/lib/i18n/translate";

// What someone acting for another person reads when their delegation does not reach this area: the
// refusal concerns their own delegation, so saying why reveals nothing about the record.

const MESSAGES: Partial<Record<DenyReason, string>> = {
  OUT_OF_SCOPE: msg("La delega che hai ricevuto non comprende quest'area del fascicolo."),
  DELEGATION_PENDING: msg("La delega non è ancora attiva."),
  DELEGATION_ENDED: msg("La delega è terminata."),
  DELEGATION_EXPIRED: msg("La delega è scaduta."),
  DELEGATION_ENDED_AT_MAJORITY: msg("La persona ha compiuto 18 anni: l'accesso dei genitori al suo fascicolo è terminato."),
  MINOR_SELF_ACCESS: msg("Il fascicolo di una persona minorenne è consultato dai genitori o dal tutore."),
};

/** `title` comes translated from the page. */
export async function AreaUnavailable({ title, reason }: { title: string; reason: DenyReason }) {
  const t = await getT();
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold">{title}</h1>
      <div className="mt-6 rounded border-2 border-line bg-white p-5">
        <p className="text-lg font-semibold">{t(MESSAGES[reason] ?? msg("Quest'area non è disponibile."))}</p>
        {reason === "MINOR_SELF_ACCESS" ? null : (
          <p className="mt-2">{t("Se ti serve, chiedi alla persona che ti ha delegato di cambiare la delega dalla sua pagina «Deleghe», oppure torna al tuo fascicolo.")}</p>
        )}
        <p className="mt-4 flex flex-wrap gap-4">
          <Link href="/">{t("Vai alla pagina iniziale")}</Link>
          <Link href="/deleghe">{t("Vai alle deleghe")}</Link>
        </p>
      </div>
    </div>
  );
}
