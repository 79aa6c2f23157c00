import { formatDate } from "@/lib/i18n/format";
import type { PrescriptionDetail, PrescriptionStatus } from "@/lib/prescriptions/types";

const STATUS: Record<PrescriptionStatus, { label: string; className: string }> = {
  TO_FULFIL: { label: "Da utilizzare", className: "border-brand text-brand" },
  FULFILLED: { label: "Utilizzata", className: "border-line text-muted" },
  EXPIRED: { label: "Scaduta", className: "border-danger text-danger" },
};

const PRIORITY: Record<string, string> = {
  U: "Urgente, entro 72 ore",
  B: "Breve, entro 10 giorni",
  D: "Differibile, entro 30 giorni (visite) o 60 (esami)",
  P: "Programmata, entro 120 giorni",
};

/** One e-prescription: what was prescribed, by whom, until when, and the promemoria to print. */
export function PrescriptionCard({ prescription }: { prescription: PrescriptionDetail }) {
  const status = STATUS[prescription.status];
  const pharmaceutical = prescription.kind === "PHARMACEUTICAL";
  const headingId = `ricetta-${prescription.id}`;
  return (
    <article aria-labelledby={headingId} className="rounded border border-line bg-white p-4">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h2 id={headingId} className="text-lg font-semibold">
          {pharmaceutical ? "Farmaci" : "Visite ed esami"} · {formatDate(prescription.issuedAt)}
        </h2>
        <span className={`rounded border-2 px-2 py-0.5 text-sm font-semibold ${status.className}`}>{status.label}</span>
      </div>
      <ul className="mt-2 list-disc pl-6">
        {prescription.items.map((item, index) => (
          <li key={index}>
            {item.description}
            {item.quantity > 1 ? ` × ${item.quantity}` : ""}
          </li>
        ))}
      </ul>
      <dl className="mt-3 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
        <dt className="text-muted">Codice NRE</dt>
        <dd className="font-mono font-semibold">{prescription.nre}</dd>
        <dt className="text-muted">Prescritta da</dt>
        <dd>
          {prescription.prescriberName}, {prescription.prescriberRole.toLowerCase()}
        </dd>
        {prescription.priority ? (
          <>
            <dt className="text-muted">Priorità</dt>
            <dd>
              {prescription.priority} - {PRIORITY[prescription.priority] ?? ""}
            </dd>
          </>
        ) : null}
        <dt className="text-muted">Esenzione</dt>
        <dd>{prescription.exemptionCode ?? "Nessuna: si paga il ticket previsto"}</dd>
        <dt className="text-muted">{prescription.status === "FULFILLED" ? (pharmaceutical ? "Ritirata il" : "Eseguita il") : "Valida fino al"}</dt>
        <dd>{formatDate(prescription.status === "FULFILLED" ? prescription.fulfilledAt! : prescription.expiresAt)}</dd>
      </dl>
      <p className="mt-3">
        <a href={`/ricette/${prescription.id}/promemoria?scarica=1`}>
          Scarica il promemoria (PDF)<span className="sr-only"> della ricetta {prescription.nre}</span>
        </a>
      </p>
    </article>
  );
}
