import Link from "next/link";
import { notFound } from "next/navigation";
import { AreaUnavailable } from "@/components/area-unavailable";
import { LabTrendChart } from "@/components/lab-trend-chart";
import { actingForName } from "@/lib/delegations/context";
import { loadLabTrend } from "@/lib/lab-results/loaders";
import { loincSchema } from "@/lib/lab-results/schema";
import { getT, titled } from "@/lib/i18n/server";
import { msg } from "@/lib/i18n/translate";
import { readableUnit } from "@/lib/lab-results/labels";

type Props = { params: Promise<{ codice: string }> };

export const generateMetadata = titled(msg("Andamento di un esame"));

export default async function LabTrendPage({ params }: Props) {
  const t = await getT();
  const code = loincSchema.safeParse((await params).codice);
  if (!code.success) notFound();
  const outcome = await loadLabTrend(code.data);
  if (!outcome.allowed) return <AreaUnavailable title={t("Andamento di un esame")} reason={outcome.reason} />;
  const trend = outcome.value;
  const actingFor = await actingForName();
  if (!trend) notFound();
  const outside = trend.points.filter((point) => point.outOfRange).length;
  const first = trend.points[0]!;
  const last = trend.points.at(-1)!;
  const description = `${t("{count, plural, one {# valore} other {# valori}} dal {from} al {until}; l'ultimo è {value}.", {
    count: trend.points.length,
    from: t.date(first.observedAt),
    until: t.date(last.observedAt),
    value: `${last.valueText} ${readableUnit(last.unit)}`.trim(),
  })} ${t("{outside, plural, =0 {Nessun valore fuori dall'intervallo di riferimento.} one {# valore fuori dall'intervallo di riferimento.} other {# valori fuori dall'intervallo di riferimento.}}", { outside })}`;
  return (
    <div>
      <p>
        <Link href="/esami">← {actingFor ? t("Tutti gli esami di {name}", { name: actingFor }) : t("Tutti gli esami")}</Link>
      </p>
      <h1 lang="it" className="mt-3 text-3xl font-bold">
        {trend.name}
      </h1>
      <p className="mt-2 text-muted">{description}</p>
      <div className="mt-6">
        <LabTrendChart trend={trend} description={description} />
      </div>
      <section aria-labelledby="valori" className="mt-8">
        <h2 id="valori" className="text-2xl font-semibold">
          {t("Tutti i valori")}
        </h2>
        <div className="mt-3 overflow-x-auto rounded border border-line bg-white">
          <table className="w-full text-left">
            <caption className="sr-only">{t("Valori di {name}, dal più recente", { name: trend.name })}</caption>
            <thead className="border-b border-line bg-surface">
              <tr>
                <th scope="col" className="px-4 py-2">{t("Data")}</th>
                <th scope="col" className="px-4 py-2">{t("Valore")}</th>
                <th scope="col" className="px-4 py-2">{t("Intervallo di riferimento")}</th>
                <th scope="col" className="px-4 py-2">{t("Referto")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-line">
              {[...trend.points].reverse().map((point) => (
                <tr key={`${point.observedAt}-${point.documentId}`}>
                  <td className="whitespace-nowrap px-4 py-2">{t.date(point.observedAt)}</td>
                  <td className={`px-4 py-2 ${point.outOfRange ? "font-bold text-danger" : ""}`}>
                    {point.valueText} {readableUnit(point.unit)}
                    {point.outOfRange ? <span className="block text-sm">{t("Fuori dall'intervallo")}</span> : null}
                  </td>
                  <td className="px-4 py-2">{point.low !== null || point.high !== null ? `${point.low ?? "…"} – ${point.high ?? "…"} ${readableUnit(point.unit)}` : "—"}</td>
                  <td className="px-4 py-2">
                    <Link href={`/documenti/${point.documentId}`}>
                      {t("Apri")}
                      <span className="sr-only"> {t("il referto del {date}", { date: t.date(point.observedAt) })}</span>
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
