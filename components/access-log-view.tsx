import { ACTION_LABELS, OUTCOME_LABELS, PURPOSE_LABELS, REASON_LABELS, ROLE_LABELS, documentTitleOf, labelOf } from "@/lib/access-log/labels";
import type { AccessLogRow } from "@/lib/access-log/types";
import { getT } from "@/lib/i18n/server";
import type { Translator } from "@/lib/i18n/translate";

/** `onBehalf`: the log is of someone whose record the reader consults for them, so "you" is not its subject. */
function describe(row: AccessLogRow, t: Translator, onBehalf: boolean) {
  return {
    who: row.isSelf && !onBehalf ? t("Tu") : row.actorName,
    role: labelOf(ROLE_LABELS, row.actorRole, t),
    what: labelOf(ACTION_LABELS, row.action, t),
    why: labelOf(PURPOSE_LABELS, row.purpose, t),
    outcome: labelOf(OUTCOME_LABELS, row.outcome, t),
    reason: REASON_LABELS[row.reason] ? t(REASON_LABELS[row.reason]!) : "",
  };
}

/** A table on wide screens; on a phone the same rows as cards, so nothing needs sideways scrolling. */
export async function AccessLogView({ rows, actingFor = null }: { rows: AccessLogRow[]; actingFor?: string | null }) {
  const t = await getT();
  return (
    <>
      <table className="mt-6 hidden w-full border-collapse bg-white text-left md:table">
        <caption className="sr-only">{t("Registro degli accessi al fascicolo")}</caption>
        <thead>
          <tr className="border-b-2 border-line">
            <th scope="col" className="p-2">{t("Quando")}</th>
            <th scope="col" className="p-2">{t("Chi")}</th>
            <th scope="col" className="p-2">{t("Che cosa")}</th>
            <th scope="col" className="p-2">{t("Perché")}</th>
            <th scope="col" className="p-2">{t("Esito")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const text = describe(row, t, actingFor !== null);
            return (
              <tr key={row.seq} className="border-b border-line align-top">
                <td className="whitespace-nowrap p-2">
                  <time dateTime={row.at}>{t.dateTime(row.at)}</time>
                </td>
                <td className="p-2">
                  {text.who}
                  <span className="block text-sm text-muted">{text.role}</span>
                  {row.actorAffiliation ? <span className="block text-sm text-muted">{row.actorAffiliation}</span> : null}
                </td>
                <td className="p-2">
                  {text.what}
                  {row.documentTitle ? <span lang="it" className="block text-sm text-muted">
                      {documentTitleOf(row.documentTitle, t)}
                    </span> : null}
                </td>
                <td className="p-2">
                  {text.why}
                  {row.emergencyReason ? <span className="block text-sm text-muted">{t("Motivo: {reason}", { reason: row.emergencyReason })}</span> : null}
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
      <ol className="mt-6 grid gap-3 md:hidden" aria-label={t("Registro degli accessi al fascicolo")}>
        {rows.map((row) => {
          const text = describe(row, t, actingFor !== null);
          return (
            <li key={row.seq} className="rounded border border-line bg-white p-3">
              <p className="text-sm text-muted">
                <time dateTime={row.at}>{t.dateTime(row.at)}</time> · {text.who} ({text.role}
                {row.actorAffiliation ? `, ${row.actorAffiliation}` : ""})
              </p>
              <p className="mt-1 font-semibold">{text.what}</p>
              {row.documentTitle ? (
                <p lang="it" className="text-sm">
                  {documentTitleOf(row.documentTitle, t)}
                </p>
              ) : null}
              {row.emergencyReason ? <p className="text-sm">{t("Motivo: {reason}", { reason: row.emergencyReason })}</p> : null}
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
