import { stringify } from "csv-stringify/sync";
import { spreadsheetSafe } from "@/lib/access-log/csv";
import { countValue, percentText } from "./disclosure";
import { dayInWords } from "./report";
import type { MonitoringReport, ShownRatio } from "./types";

// The report as files: the same disclosed figures the page shows (a small count is "< 10" here too), never
// a row about a person. CSV for spreadsheets (semicolons, BOM, formula-looking cells neutralised, as the
// access log's download), JSON for the region's own statistics.

const COLUMNS = ["Sezione", "Voce", "Data di riferimento", "Finestra", "Numeratore", "Denominatore", "Percentuale", "Documenti", "Cittadini", "Disponibile"];

const yesNo = (value: boolean) => (value ? "Sì" : "No");
const ratioCells = (ratio: ShownRatio) => [String(countValue(ratio.numerator)), String(countValue(ratio.denominator)), percentText(ratio.percent)];

export function monitoringCsv(report: MonitoringReport): string {
  const rows: string[][] = [];
  for (const indicator of report.indicators) {
    rows.push(["Indicatore", indicator.title, report.referenceDate, indicator.window, ...ratioCells(indicator.current), "", "", ""]);
  }
  for (const indicator of report.indicators) {
    for (const point of indicator.trend) rows.push(["Andamento", indicator.title, point.referenceDate, "", ...ratioCells(point.ratio), "", "", ""]);
  }
  const period = `dal ${dayInWords(report.periodFrom)} al ${dayInWords(report.periodTo)}`;
  for (const row of report.availability) {
    rows.push(["Documenti disponibili", row.label, report.referenceDate, period, "", "", "", String(countValue(row.documents)), String(countValue(row.citizens)), yesNo(row.available)]);
  }
  for (const service of report.services) rows.push(["Servizi", service.name, report.referenceDate, "", "", "", "", "", "", yesNo(service.offered)]);
  return `\uFEFF${stringify(rows, { header: true, columns: COLUMNS, delimiter: ";", cast: { string: spreadsheetSafe } })}`;
}

const ratioJson = (ratio: ShownRatio) => ({ numeratore: countValue(ratio.numerator), denominatore: countValue(ratio.denominator), percentuale: ratio.percent });

export function monitoringJson(report: MonitoringReport): string {
  return JSON.stringify(
    {
      regione: report.region,
      dataRiferimento: report.referenceDate,
      periodo: { tipo: report.period, dal: report.periodFrom, al: report.periodTo },
      finestraCittadini: { dal: report.citizenWindowFrom, al: report.referenceDate },
      sogliaConteggi: report.threshold,
      indicatori: report.indicators.map((indicator) => ({
        codice: indicator.key,
        titolo: indicator.title,
        numeratore: indicator.numeratorLabel,
        denominatore: indicator.denominatorLabel,
        finestra: indicator.window,
        valore: ratioJson(indicator.current),
        andamento: indicator.trend.map((point) => ({ dataRiferimento: point.referenceDate, ...ratioJson(point.ratio) })),
      })),
      documentiDisponibili: report.availability.map((row) => ({ codice: row.code, tipo: row.label, disponibile: row.available, documenti: countValue(row.documents), cittadini: countValue(row.citizens) })),
      servizi: report.services.map((service) => ({ servizio: service.name, offerto: service.offered })),
    },
    null,
    2,
  );
}
