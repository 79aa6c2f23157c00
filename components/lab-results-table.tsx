import Link from "next/link";
import type { LabResult } from "@/lib/cda/types";
import { getT } from "@/lib/i18n/server";
import { readableUnit } from "@/lib/lab-results/labels";

const TRENDABLE = /^\d{1,7}-\d$/;

/**
 * A lab report's results: a table on wide screens, the same results as cards on a phone (nothing scrolls
 * sideways). The LOINC codes are for doctors and laboratories, so they sit in a closed detail below.
 * `trendHref`: where a result links to for its values over time, when the viewer has that page.
 */
export async function LabResultsTable({ results, trendHref }: { results: LabResult[]; trendHref?: (loinc: string) => string }) {
  const t = await getT();
  const range = (result: LabResult) => (result.low !== null || result.high !== null ? `${result.low ?? "…"} – ${result.high ?? "…"} ${readableUnit(result.unit)}`.trim() : "—");
  const name = (result: LabResult) =>
    result.code && trendHref && TRENDABLE.test(result.code) ? (
      <Link href={trendHref(result.code)}>
        {result.name}
        <span className="sr-only">: {t("andamento nel tempo")}</span>
      </Link>
    ) : (
      result.name
    );
  const value = (result: LabResult) => `${result.value} ${readableUnit(result.unit)}`.trim();
  const coded = results.filter((result) => result.code);
  return (
    <>
      <table className="hidden w-full border-collapse bg-white text-left md:table">
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
                {name(result)}
              </th>
              <td className={`p-2 ${result.outOfRange ? "font-bold text-danger" : ""}`}>
                {value(result)}
                {result.outOfRange ? <span className="block text-sm">{t("Fuori dall'intervallo di riferimento")}</span> : null}
              </td>
              <td className="p-2">{range(result)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ul className="grid gap-2 md:hidden" aria-label={t("Risultati degli esami di laboratorio")}>
        {results.map((result, index) => (
          <li key={`${result.code}-${index}`} className="rounded border border-line bg-white p-3">
            <p lang="it" className="font-semibold">
              {name(result)}
            </p>
            <p className={result.outOfRange ? "font-bold text-danger" : ""}>
              {value(result)}
              {result.outOfRange ? ` · ${t("Fuori dall'intervallo di riferimento")}` : null}
            </p>
            <p className="text-sm text-muted">
              {t("Valori di riferimento")}: {range(result)}
            </p>
          </li>
        ))}
      </ul>
      {coded.length > 0 ? (
        <details className="mt-3 text-sm">
          <summary className="cursor-pointer text-brand underline">{t("Codici degli esami (per medici e laboratori)")}</summary>
          <ul className="mt-2 grid gap-1">
            {coded.map((result, index) => (
              <li key={`${result.code}-${index}`}>
                <span lang="it">{result.name}</span>: LOINC {result.code}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </>
  );
}
