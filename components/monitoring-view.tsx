import { countText, percentText } from "@/lib/monitoring/disclosure";
import { dayInWords } from "@/lib/monitoring/report";
import type { IndicatorDTO, MonitoringReport } from "@/lib/monitoring/types";
import { MonitoringFilters } from "./monitoring-filters";
import { MonitoringTables } from "./monitoring-tables";
import { MonitoringTrendChart } from "./monitoring-trend-chart";
import { ErrorSummary } from "./ui/error-summary";

type Props = { report: MonitoringReport; errors: Record<string, string> };

function IndicatorCard({ indicator }: { indicator: IndicatorDTO }) {
  const { current } = indicator;
  return (
    <article aria-labelledby={`indicatore-${indicator.key}`} className="rounded border border-line bg-white p-4">
      <h3 id={`indicatore-${indicator.key}`} className="text-xl font-semibold">
        {indicator.title}
      </h3>
      <p className="text-sm text-muted">{indicator.window}</p>
      <p className="mt-3 text-4xl font-bold">{percentText(current.percent)}</p>
      {current.percent === null ? <p className="text-sm text-muted">Percentuale non mostrata: i numeri sono troppo piccoli o mancano.</p> : null}
      <dl className="mt-3 grid gap-2 sm:grid-cols-2">
        <div>
          <dt className="text-sm text-muted">{indicator.numeratorLabel}</dt>
          <dd className="text-lg font-semibold">{countText(current.numerator)}</dd>
        </div>
        <div>
          <dt className="text-sm text-muted">{indicator.denominatorLabel}</dt>
          <dd className="text-lg font-semibold">{countText(current.denominator)}</dd>
        </div>
      </dl>
      <MonitoringTrendChart indicator={indicator} />
    </article>
  );
}

export function MonitoringView({ report, errors }: Props) {
  const query = new URLSearchParams({ data: report.referenceDate, periodo: report.period }).toString();
  const errorList = Object.entries(errors).map(([field, message]) => ({ field, message }));
  const group = (name: IndicatorDTO["group"]) => report.indicators.filter((indicator) => indicator.group === name);
  return (
    <div>
      <ErrorSummary errors={errorList} title="Controlla la data e il periodo" />
      <h1 className="text-3xl font-bold">Monitoraggio del Fascicolo Sanitario Elettronico</h1>
      <p className="mt-2 max-w-3xl text-muted">
        Gli indicatori del monitoraggio nazionale per {report.region}, al {dayInWords(report.referenceDate)}. Sono solo numeri complessivi: nessuna
        pagina o file mostra una singola persona. I numeri più piccoli di {report.threshold} sono indicati come «&lt; {report.threshold}».
      </p>
      <MonitoringFilters referenceDate={report.referenceDate} period={report.period} errors={errors} />
      <p className="mt-4 flex flex-wrap gap-6">
        <a href={`/monitoraggio/csv?${query}`} download className="font-semibold">
          Scarica i dati in formato CSV
        </a>
        <a href={`/monitoraggio/json?${query}`} download className="font-semibold">
          Scarica i dati in formato JSON
        </a>
      </p>
      <section aria-labelledby="cittadini" className="mt-8">
        <h2 id="cittadini" className="text-2xl font-bold">Cittadini</h2>
        <div className="mt-4 grid gap-6">
          {group("citizens").map((indicator) => (
            <IndicatorCard key={indicator.key} indicator={indicator} />
          ))}
        </div>
      </section>
      <section aria-labelledby="professionisti" className="mt-8">
        <h2 id="professionisti" className="text-2xl font-bold">Medici</h2>
        <div className="mt-4 grid gap-6">
          {group("professionals").map((indicator) => (
            <IndicatorCard key={indicator.key} indicator={indicator} />
          ))}
        </div>
      </section>
      <MonitoringTables report={report} />
    </div>
  );
}
