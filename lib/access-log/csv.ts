import { stringify } from "csv-stringify/sync";
import { translator, type Translator } from "@/lib/i18n/translate";
import { ACTION_LABELS, OUTCOME_LABELS, PURPOSE_LABELS, REASON_LABELS, ROLE_LABELS, documentTitleOf, labelOf } from "./labels";
import type { AccessLogRow } from "./types";

// A cell a spreadsheet would run as a formula (=, +, -, @, or a leading tab or carriage return) starts with
// an apostrophe instead: the log holds text others typed (emergency reasons, names, titles from facilities).
const FORMULA_START = /^[=+\-@\t\r]/;

export function spreadsheetSafe(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/**
 * The access log as CSV for spreadsheets, in the reader's language: semicolons, and a BOM so Excel reads
 * UTF-8. `onBehalf`: the reader consults someone else's record, so its subject's own reads carry their name.
 */
export function accessLogCsv(rows: AccessLogRow[], t: Translator = translator("it"), onBehalf = false): string {
  const body = stringify(
    rows.map((row) => [
      t.dateTime(row.at),
      row.isSelf && !onBehalf ? t("Tu") : row.actorName,
      labelOf(ROLE_LABELS, row.actorRole, t),
      row.actorAffiliation ?? "",
      labelOf(ACTION_LABELS, row.action, t),
      row.documentTitle ? documentTitleOf(row.documentTitle, t) : "",
      labelOf(PURPOSE_LABELS, row.purpose, t),
      row.emergencyReason ?? "",
      labelOf(OUTCOME_LABELS, row.outcome, t),
      REASON_LABELS[row.reason] ? t(REASON_LABELS[row.reason]!) : "",
    ]),
    {
      header: true,
      delimiter: ";",
      cast: { string: spreadsheetSafe },
      columns: [t("Data e ora"), t("Chi"), t("Ruolo"), t("Struttura o sportello"), t("Che cosa"), t("Documento"), t("Perché"), t("Motivo dell'emergenza"), t("Esito"), t("Dettaglio")],
    },
  );
  return `\uFEFF${body}`;
}
