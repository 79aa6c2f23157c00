import Link from "next/link";
import type { LabResult } from "@/lib/cda/types";
import { getT } from "@/lib/i18n/server";
import { readableUnit } from "@/lib/lab-results/labels";

/** `trendHref`: where a result links to for its values over time, when the viewer has that page. */
export async function LabResultsTable({ results, trendHref }: { results: LabResult[]; trendHref?: (loinc: string) => string }) {
  const t = await getT();
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse bg-white text-left">
        <caption className="sr-only">{t("Risultati degli esami di laboratorio")}</caption>
        <thead>
          <tr className="border-b-2 border-line">
            <th scope="col" className="p-2">{t("Esame")}</th>
            <th scope="col" className="p-2">{t("Risultato")}</th>
            <th scope="col" className="p-2">{t("Valori di riferimento")}</th>
          </tr>
        </thead>
        <tbody>
          {results.map((result, index) => (
            <tr key={`${result.code}-${index}`} className="border-b border-line">
              <th scope="row" lang="it" className="p-2 font-normal">
                {result.code && trendHref && /^\d{1,7}-\d$/.test(result.code) ? <Link href={trendHref(result.code)}>{result.name}<span className="sr-only">: {t("andamento nel tempo")}</span></Link> : result.name}
                {result.code ? <span className="block text-sm text-muted">LOINC {result.code}</span> : null}
              </th>
              <td className={`p-2 ${result.outOfRange ? "font-bold text-danger" : ""}`}>
                {result.value} {readableUnit(result.unit)}
                {result.outOfRange ? <span className="block text-sm">{t("Fuori dall'intervallo di riferimento")}</span> : null}
              </td>
              <td className="p-2">
                {result.low !== null || result.high !== null ? `${result.low ?? "…"} – ${result.high ?? "…"} ${readableUnit(result.unit)}` : "—"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
