import Link from "next/link";
import { notFound } from "next/navigation";
import { AreaUnavailable } from "@/components/area-unavailable";
import { LabTrendChart } from "@/components/lab-trend-chart";
import { LabValuesList } from "@/components/lab-values-list";
import { actingForName } from "@/lib/delegations/context";
import { parseQueryFilters, type RawQuery } from "@/lib/http/query";
import { loadLabTrend } from "@/lib/lab-results/loaders";
import { chosenPeriod, pageOfValues, pointsInPeriod, summarise, TREND_PERIODS, type TrendPeriod } from "@/lib/lab-results/periods";
import { loincSchema, trendQuerySchema } from "@/lib/lab-results/schema";
import { getT, titled } from "@/lib/i18n/server";
import { msg } from "@/lib/i18n/translate";
import { readableUnit } from "@/lib/lab-results/labels";

type Props = { params: Promise<{ codice: string }>; searchParams: Promise<RawQuery> };

export const generateMetadata = titled(msg("Andamento di un esame"));

const PERIOD_LABELS: Record<TrendPeriod, string> = { "1a": msg("Ultimo anno"), "3a": msg("Ultimi 3 anni"), "5a": msg("Ultimi 5 anni"), tutto: msg("Tutto") };

export default async function LabTrendPage({ params, searchParams }: Props) {
  const t = await getT();
  const code = loincSchema.safeParse((await params).codice);
  if (!code.success) notFound();
  const outcome = await loadLabTrend(code.data);
  if (!outcome.allowed) return <AreaUnavailable title={t("Andamento di un esame")} reason={outcome.reason} />;
  const trend = outcome.value;
  const actingFor = await actingForName();
  if (!trend) notFound();
  const { filters } = parseQueryFilters(trendQuerySchema, await searchParams);
  const now = new Date();
  const period = chosenPeriod(filters.periodo, trend.points, now);
  const shown = pointsInPeriod(trend.points, period, now);
  const summary = summarise(shown);
  const list = pageOfValues(shown, filters.pagina ?? 1);
  const href = (chosen: TrendPeriod, page = 1) => `/esami/${trend.loinc}?periodo=${chosen}${page > 1 ? `&pagina=${page}` : ""}`;
  const withUnit = (text: string) => `${text} ${readableUnit(trend.unit)}`.trim();
  const description =
    summary.latest === null
      ? t("Nessun valore in questo periodo.")
      : `${t("{count, plural, one {# valore} other {# valori}} dal {from} al {until}; l'ultimo è {value}.", {
          count: summary.count,
          from: t.date(shown[0]!.observedAt),
          until: t.date(summary.latest.observedAt),
          value: withUnit(summary.latest.valueText),
        })} ${t("{outside, plural, =0 {Nessun valore fuori dall'intervallo di riferimento.} one {# valore fuori dall'intervallo di riferimento.} other {# valori fuori dall'intervallo di riferimento.}}", { outside: summary.outOfRange })}`;
  return (
    <div>
      <p>
        <Link href="/esami">← {actingFor ? t("Tutti gli esami di {name}", { name: actingFor }) : t("Tutti gli esami")}</Link>
      </p>
      <h1 lang="it" className="mt-3 text-3xl font-bold">
        {trend.name}
      </h1>
      <nav aria-label={t("Periodo da mostrare")} className="mt-4">
        <ul className="flex flex-wrap gap-2">
          {TREND_PERIODS.map((candidate) => (
            <li key={candidate}>
              <Link
                href={href(candidate)}
                aria-current={candidate === period ? "page" : undefined}
                className={`inline-block rounded border px-3 py-1 font-semibold no-underline ${candidate === period ? "border-brand bg-brand text-white hover:text-white" : "border-brand bg-white text-brand underline"}`}
              >
                {t(PERIOD_LABELS[candidate])}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <p className="mt-3 text-muted">{description}</p>
      {summary.latest === null ? (
        <p className="mt-4 rounded border border-line bg-white p-4">
          {t("Nel periodo scelto non ci sono valori.")} <Link href={href("tutto")}>{t("Mostra tutti i valori")}</Link>
        </p>
      ) : (
        <>
          <div className="mt-4">
            <LabTrendChart trend={trend} points={shown} description={description} />
          </div>
          <section aria-labelledby="sintesi" className="mt-6">
            <h2 id="sintesi" className="text-2xl font-semibold">
              {t("In sintesi")}
            </h2>
            <dl className="mt-3 grid gap-x-6 gap-y-1 rounded border border-line bg-white p-4 sm:grid-cols-[max-content_1fr]">
              <dt className="font-semibold">{t("Ultimo valore")}</dt>
              <dd>{t("{value} del {date}", { value: withUnit(summary.latest.valueText), date: t.date(summary.latest.observedAt) })}</dd>
              {summary.lowest && summary.highest ? (
                <>
                  <dt className="font-semibold">{t("Il più basso")}</dt>
                  <dd>{t("{value} del {date}", { value: withUnit(summary.lowest.valueText), date: t.date(summary.lowest.observedAt) })}</dd>
                  <dt className="font-semibold">{t("Il più alto")}</dt>
                  <dd>{t("{value} del {date}", { value: withUnit(summary.highest.valueText), date: t.date(summary.highest.observedAt) })}</dd>
                </>
              ) : null}
              <dt className="font-semibold">{t("Fuori dall'intervallo")}</dt>
              <dd>{t("{outside} su {count}", { outside: summary.outOfRange, count: summary.count })}</dd>
            </dl>
          </section>
          <section aria-labelledby="valori" className="mt-8">
            <h2 id="valori" className="text-2xl font-semibold">
              {t("I valori, dal più recente")}
            </h2>
            <LabValuesList name={trend.name} values={list.values} page={list.page} pages={list.pages} pageHref={(page) => href(period, page)} />
          </section>
        </>
      )}
      <p className="mt-8 text-sm text-muted">{t("Codice dell'esame (per medici e laboratori): LOINC {code}", { code: trend.loinc })}</p>
    </div>
  );
}
