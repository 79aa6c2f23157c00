import { stringify } from "csv-stringify/sync";
import { formatDateTime } from "@/lib/i18n/format";
import { ACTION_LABELS, OUTCOME_LABELS, PURPOSE_LABELS, REASON_LABELS, ROLE_LABELS } from "./labels";
import type { AccessLogRow } from "./types";

/** The access log as CSV for spreadsheets: Italian headers, semicolons, and a BOM so Excel reads UTF-8. */
export function accessLogCsv(rows: AccessLogRow[]): string {
  const body = stringify(
    rows.map((row) => [
      formatDateTime(row.at),
      row.isSelf ? "Tu" : row.actorName,
      ROLE_LABELS[row.actorRole] ?? row.actorRole,
      row.actorAffiliation ?? "",
      ACTION_LABELS[row.action] ?? row.action,
      row.documentTitle ?? "",
      PURPOSE_LABELS[row.purpose] ?? row.purpose,
      row.emergencyReason ?? "",
      OUTCOME_LABELS[row.outcome],
      REASON_LABELS[row.reason] ?? "",
    ]),
    {
      header: true,
      delimiter: ";",
      columns: ["Data e ora", "Chi", "Ruolo", "Struttura o sportello", "Che cosa", "Documento", "Perché", "Motivo dell'emergenza", "Esito", "Dettaglio"],
    },
  );
  return `\uFEFF${body}`;
}
