import Link from "next/link";
import { notFound } from "next/navigation";
import { AreaUnavailable } from "@/components/area-unavailable";
import { LabTrendChart } from "@/components/lab-trend-chart";
import { formatDate } from "@/lib/i18n/format";
import { loadLabTrend } from "@/lib/lab-results/loaders";
import { loincSchema } from "@/lib/lab-results/schema";
import { titled } from "@/lib/i18n/server";
import { msg } from "@/lib/i18n/translate";

type Props = { params: Promise<{ codice: string }> };

export const generateMetadata = titled(msg("Andamento di un esame"));

export default async function LabTrendPage({ params }: Props) {
  const code = loincSchema.safeParse((await params).codice);
  if (!code.success) notFound();
  const outcome = await loadLabTrend(code.data);
  if (!outcome.allowed) return <AreaUnavailable title="Andamento di un esame" reason={outcome.reason} />;
  const trend = outcome.value;
  if (!trend) notFound();
  const outside = trend.points.filter((point) => point.outOfRange).length;
  const first = trend.points[0]!;
  const last = trend.points.at(-1)!;
  const description = `${trend.points.length} valori dal ${formatDate(first.observedAt)} al ${formatDate(last.observedAt)}; l'ultimo è ${last.valueText} ${last.unit ?? ""}. ${outside === 0 ? "Nessun valore fuori dall'intervallo di riferimento." : `${outside} fuori dall'intervallo di riferimento.`}`;
  return (
    <div>
      <p>
        <Link href="/esami">← Tutti gli esami</Link>
      </p>
      <h1 className="mt-3 text-3xl font-bold">{trend.name}</h1>
      <p className="mt-2 text-muted">{description}</p>
      <div className="mt-6">
        <LabTrendChart trend={trend} description={description} />
      </div>
      <section aria-labelledby="valori" className="mt-8">
        <h2 id="valori" className="text-2xl font-semibold">
          Tutti i valori
        </h2>
        <div className="mt-3 overflow-x-auto rounded border border-line bg-white">
          <table className="w-full text-left">
            <caption className="sr-only">Valori di {trend.name}, dal più recente</caption>
            <thead className="border-b border-line bg-surface">
              <tr>
                <th scope="col" className="px-4 py-2">Data</th>
                <th scope="col" className="px-4 py-2">Valore</th>
                <th scope="col" className="px-4 py-2">Intervallo di riferimento</th>
                <th scope="col" className="px-4 py-2">Referto</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-line">
              {[...trend.points].reverse().map((point) => (
                <tr key={`${point.observedAt}-${point.documentId}`}>
                  <td className="whitespace-nowrap px-4 py-2">{formatDate(point.observedAt)}</td>
                  <td className={`px-4 py-2 ${point.outOfRange ? "font-bold text-danger" : ""}`}>
                    {point.valueText} {point.unit ?? ""}
                    {point.outOfRange ? <span className="block text-sm">Fuori dall&apos;intervallo</span> : null}
                  </td>
                  <td className="px-4 py-2">{point.low !== null || point.high !== null ? `${point.low ?? "…"} – ${point.high ?? "…"} ${point.unit ?? ""}` : "—"}</td>
                  <td className="px-4 py-2">
                    <Link href={`/documenti/${point.documentId}`}>
                      Apri<span className="sr-only"> il referto del {formatDate(point.observedAt)}</span>
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
