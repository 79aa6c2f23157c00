import { ACTION_LABELS, OUTCOME_LABELS, PURPOSE_LABELS, REASON_LABELS, ROLE_LABELS } from "@/lib/access-log/labels";
import type { AccessLogRow } from "@/lib/access-log/types";
import { formatDateTime } from "@/lib/i18n/format";

function describe(row: AccessLogRow) {
  return {
    who: row.isSelf ? "Tu" : row.actorName,
    role: ROLE_LABELS[row.actorRole] ?? row.actorRole,
    what: ACTION_LABELS[row.action] ?? row.action,
    why: PURPOSE_LABELS[row.purpose] ?? row.purpose,
    outcome: OUTCOME_LABELS[row.outcome],
    reason: REASON_LABELS[row.reason] ?? "",
  };
}

/** A table on wide screens; on a phone the same rows as cards, so nothing needs sideways scrolling. */
export function AccessLogView({ rows }: { rows: AccessLogRow[] }) {
  return (
    <>
      <table className="mt-6 hidden w-full border-collapse bg-white text-left md:table">
        <caption className="sr-only">Registro degli accessi al fascicolo</caption>
        <thead>
          <tr className="border-b-2 border-line">
            <th scope="col" className="p-2">Quando</th>
            <th scope="col" className="p-2">Chi</th>
            <th scope="col" className="p-2">Che cosa</th>
            <th scope="col" className="p-2">Perché</th>
            <th scope="col" className="p-2">Esito</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const text = describe(row);
            return (
              <tr key={row.seq} className="border-b border-line align-top">
                <td className="whitespace-nowrap p-2">
                  <time dateTime={row.at}>{formatDateTime(row.at)}</time>
                </td>
                <td className="p-2">
                  {text.who}
                  <span className="block text-sm text-muted">{text.role}</span>
                  {row.actorAffiliation ? <span className="block text-sm text-muted">{row.actorAffiliation}</span> : null}
                </td>
                <td className="p-2">
                  {text.what}
                  {row.documentTitle ? <span className="block text-sm text-muted">{row.documentTitle}</span> : null}
                </td>
                <td className="p-2">
                  {text.why}
                  {row.emergencyReason ? <span className="block text-sm text-muted">Motivo: {row.emergencyReason}</span> : null}
                </td>
                <td className={`p-2 ${row.outcome === "DENY" ? "font-semibold text-danger" : ""}`}>
                  {text.outcome}
                  {text.reason ? <span className="block text-sm font-normal text-muted">{text.reason}</span> : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <ol className="mt-6 grid gap-3 md:hidden" aria-label="Registro degli accessi al fascicolo">
        {rows.map((row) => {
          const text = describe(row);
          return (
            <li key={row.seq} className="rounded border border-line bg-white p-3">
              <p className="text-sm text-muted">
                <time dateTime={row.at}>{formatDateTime(row.at)}</time> · {text.who} ({text.role}
                {row.actorAffiliation ? `, ${row.actorAffiliation}` : ""})
              </p>
              <p className="mt-1 font-semibold">{text.what}</p>
              {row.documentTitle ? <p className="text-sm">{row.documentTitle}</p> : null}
              {row.emergencyReason ? <p className="text-sm">Motivo: {row.emergencyReason}</p> : null}
              <p className={`mt-1 text-sm ${row.outcome === "DENY" ? "font-semibold text-danger" : ""}`}>
                {text.why} · {text.outcome}
                {text.reason ? ` (${text.reason})` : ""}
              </p>
            </li>
          );
        })}
      </ol>
    </>
  );
}
