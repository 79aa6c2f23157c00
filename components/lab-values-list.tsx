import Link from "next/link";
import { getT } from "@/lib/i18n/server";
import { readableUnit } from "@/lib/lab-results/labels";
import type { LabPoint } from "@/lib/lab-results/types";

type Props = {
  name: string;
  values: LabPoint[];
  page: number;
  pages: number;
  /** The address of another page of the list, keeping the chosen period. */
  pageHref: (page: number) => string;
};

/**
 * One page of a test's values, newest first: a table on wide screens, cards on a phone (the range and the
 * link to the report stay in view, nothing scrolls sideways), and the way to the other pages.
 */
export async function LabValuesList({ name, values, page, pages, pageHref }: Props) {
  const t = await getT();
  const range = (point: LabPoint) => (point.low !== null || point.high !== null ? `${point.low ?? "…"} – ${point.high ?? "…"} ${readableUnit(point.unit)}`.trim() : "—");
  const value = (point: LabPoint) => `${point.valueText} ${readableUnit(point.unit)}`.trim();
  const open = (point: LabPoint) => (
    <Link href={`/documenti/${point.documentId}`}>
      {t("Apri il referto")}
      <span className="sr-only"> {t("del {date}", { date: t.date(point.observedAt) })}</span>
    </Link>
  );
  return (
    <>
      <div className="mt-3 hidden rounded border border-line bg-white md:block">
        <table className="w-full text-left">
          <caption className="sr-only">{t("Valori di {name}, dal più recente", { name })}</caption>
          <thead className="border-b border-line bg-surface">
            <tr>
              <th scope="col" className="px-4 py-2">{t("Data")}</th>
              <th scope="col" className="px-4 py-2">{t("Valore")}</th>
              <th scope="col" className="px-4 py-2">{t("Intervallo di riferimento")}</th>
              <th scope="col" className="px-4 py-2">{t("Referto")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-line">
            {values.map((point) => (
              <tr key={`${point.observedAt}-${point.documentId}`}>
                <td className="whitespace-nowrap px-4 py-2">{t.date(point.observedAt)}</td>
                <td className={`px-4 py-2 ${point.outOfRange ? "font-bold text-danger" : ""}`}>
                  {value(point)}
                  {point.outOfRange ? <span className="block text-sm">{t("Fuori dall'intervallo")}</span> : null}
                </td>
                <td className="px-4 py-2">{range(point)}</td>
                <td className="px-4 py-2">{open(point)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ol className="mt-3 grid gap-2 md:hidden" aria-label={t("Valori di {name}, dal più recente", { name })}>
        {values.map((point) => (
          <li key={`${point.observedAt}-${point.documentId}`} className="rounded border border-line bg-white p-3">
            <p className="text-sm text-muted">{t.date(point.observedAt)}</p>
            <p className={`text-lg ${point.outOfRange ? "font-bold text-danger" : "font-semibold"}`}>
              {value(point)}
              {point.outOfRange ? <span className="block text-sm">{t("Fuori dall'intervallo")}</span> : null}
            </p>
            <p className="text-sm">
              {t("Intervallo di riferimento")}: {range(point)}
            </p>
            <p className="mt-1">{open(point)}</p>
          </li>
        ))}
      </ol>
      {pages > 1 ? (
        <nav aria-label={t("Pagine dei valori")} className="mt-4 flex flex-wrap items-center gap-4">
          {page > 1 ? <Link href={pageHref(page - 1)} rel="prev">← {t("Più recenti")}</Link> : null}
          <span>{t("Pagina {page} di {pages}", { page, pages })}</span>
          {page < pages ? <Link href={pageHref(page + 1)} rel="next">{t("Meno recenti")} →</Link> : null}
        </nav>
      ) : null}
    </>
  );
}
