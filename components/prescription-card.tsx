import { getT } from "@/lib/i18n/server";
import { msg } from "@/lib/i18n/translate";
import type { PrescriptionDetail, PrescriptionStatus } from "@/lib/prescriptions/types";

const STATUS: Record<PrescriptionStatus, { label: string; className: string }> = {
  TO_FULFIL: { label: msg("Da utilizzare"), className: "border-brand text-brand" },
  FULFILLED: { label: msg("Utilizzata"), className: "border-line text-muted" },
  EXPIRED: { label: msg("Scaduta"), className: "border-danger text-danger" },
};

const PRIORITY: Record<string, string> = {
  U: msg("Urgente, entro 72 ore"),
  B: msg("Breve, entro 10 giorni"),
  D: msg("Differibile, entro 30 giorni (visite) o 60 (esami)"),
  P: msg("Programmata, entro 120 giorni"),
};

/** One e-prescription: what was prescribed, by whom, until when, and the promemoria to print. */
export async function PrescriptionCard({ prescription }: { prescription: PrescriptionDetail }) {
  const t = await getT();
  const status = STATUS[prescription.status];
  const pharmaceutical = prescription.kind === "PHARMACEUTICAL";
  const headingId = `ricetta-${prescription.id}`;
  return (
    <article aria-labelledby={headingId} className="rounded border border-line bg-white p-4">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h2 id={headingId} className="text-lg font-semibold">
          {pharmaceutical ? t("Farmaci") : t("Visite ed esami")} · {t.date(prescription.issuedAt)}
        </h2>
        <span className={`rounded border-2 px-2 py-0.5 text-sm font-semibold ${status.className}`}>{t(status.label)}</span>
      </div>
      <ul lang="it" className="mt-2 list-disc pl-6">
        {prescription.items.map((item, index) => (
          <li key={index}>
            {item.description}
            {item.quantity > 1 ? ` × ${item.quantity}` : ""}
          </li>
        ))}
      </ul>
      <dl className="mt-3 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
        <dt className="text-muted">{t("Codice NRE")}</dt>
        <dd className="font-mono font-semibold">{prescription.nre}</dd>
        <dt className="text-muted">{t("Prescritta da")}</dt>
        <dd>
          {prescription.prescriberName}, <span lang="it">{prescription.prescriberRole.toLowerCase()}</span>
        </dd>
        {prescription.priority ? (
          <>
            <dt className="text-muted">{t("Priorità")}</dt>
            <dd>
              {prescription.priority} - {PRIORITY[prescription.priority] ? t(PRIORITY[prescription.priority]!) : ""}
            </dd>
          </>
        ) : null}
        <dt className="text-muted">{t("Esenzione")}</dt>
        <dd>{prescription.exemptionCode ?? t("Nessuna: si paga il ticket previsto")}</dd>
        <dt className="text-muted">{prescription.status === "FULFILLED" ? (pharmaceutical ? t("Ritirata il") : t("Eseguita il")) : t("Valida fino al")}</dt>
        <dd>{t.date(prescription.status === "FULFILLED" ? prescription.fulfilledAt! : prescription.expiresAt)}</dd>
      </dl>
      <p className="mt-3">
        <a href={`/ricette/${prescription.id}/promemoria?scarica=1`}>
          {t("Scarica il promemoria (PDF)")}
          <span className="sr-only"> {t("della ricetta {nre}", { nre: prescription.nre })}</span>
        </a>
      </p>
    </article>
  );
}
