import { scaleLinear, scalePoint } from "d3-scale";
import { line } from "d3-shape";
import { dayInWords } from "@/lib/monitoring/report";
import { countText, percentText } from "@/lib/monitoring/disclosure";
import type { IndicatorDTO } from "@/lib/monitoring/types";

// One indicator's percentage over the last 12 months, drawn on the server as the lab trends are. A month
// whose counts are too small to show leaves a gap, not a guessed value. The table after it is the
// accessible alternative, with every figure; the chart's description summarises it for screen readers.

const WIDTH = 720;
const HEIGHT = 240;
const MARGIN = { top: 16, right: 24, bottom: 36, left: 52 };
const monthYear = new Intl.DateTimeFormat("it-IT", { month: "short", year: "2-digit", timeZone: "UTC" });
const month = (isoDate: string) => monthYear.format(new Date(`${isoDate}T00:00:00Z`));

function describe(indicator: IndicatorDTO): string {
  const shown = indicator.trend.filter((point) => point.ratio.percent !== null);
  if (shown.length === 0) return "Nessun mese ha numeri abbastanza grandi da essere mostrati.";
  const first = shown[0]!;
  const last = shown.at(-1)!;
  const hidden = indicator.trend.length - shown.length;
  return `Dal ${percentText(first.ratio.percent)} di ${month(first.referenceDate)} al ${percentText(last.ratio.percent)} di ${month(last.referenceDate)}${hidden ? `; ${hidden} mesi non mostrati perché i numeri sono troppo piccoli` : ""}.`;
}

export function MonitoringTrendChart({ indicator }: { indicator: IndicatorDTO }) {
  const points = indicator.trend.map((point) => ({ ...point, percent: point.ratio.percent }));
  const x = scalePoint<string>()
    .domain(points.map((point) => point.referenceDate))
    .range([MARGIN.left, WIDTH - MARGIN.right])
    .padding(0.3);
  const top = Math.max(100, ...points.map((point) => point.percent ?? 0));
  const y = scaleLinear().domain([0, top]).nice().range([HEIGHT - MARGIN.bottom, MARGIN.top]);
  const path = line<(typeof points)[number]>()
    .defined((point) => point.percent !== null)
    .x((point) => x(point.referenceDate)!)
    .y((point) => y(point.percent ?? 0))(points);
  const titleId = `andamento-${indicator.key}-titolo`;
  const descId = `andamento-${indicator.key}-descrizione`;
  return (
    <div className="mt-4">
      {/* The drawing scales down with the screen; its table below holds every value in full. */}
      <figure className="rounded border border-line bg-white p-2">
        <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={`${titleId} ${descId}`} className="h-auto w-full">
          <title id={titleId}>{`${indicator.title}: andamento negli ultimi 12 mesi`}</title>
          <desc id={descId}>{describe(indicator)}</desc>
          {y.ticks(5).map((tick) => (
            <g key={`y${tick}`}>
              <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(tick)} y2={y(tick)} stroke="#d5dbe3" strokeWidth={1} />
              <text x={MARGIN.left - 8} y={y(tick)} textAnchor="end" dominantBaseline="middle" fontSize={12} fill="#3d4a5c">
                {`${tick}%`}
              </text>
            </g>
          ))}
          {points.map((point) => (
            <text key={`x${point.referenceDate}`} x={x(point.referenceDate)} y={HEIGHT - MARGIN.bottom + 20} textAnchor="middle" fontSize={12} fill="#3d4a5c">
              {month(point.referenceDate)}
            </text>
          ))}
          <path d={path ?? ""} fill="none" stroke="#0a58b5" strokeWidth={2} />
          {points.map((point) =>
            point.percent === null ? null : <circle key={point.referenceDate} cx={x(point.referenceDate)} cy={y(point.percent)} r={4} fill="#0a58b5" />,
          )}
        </svg>
      </figure>
      <details className="mt-2">
        <summary className="cursor-pointer font-semibold text-brand">Vedi i valori mese per mese in una tabella</summary>
        <div className="mt-2 overflow-x-auto" tabIndex={0} role="region" aria-label={`Tabella: ${indicator.title}`}>
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">{`${indicator.title}: valori degli ultimi 12 mesi`}</caption>
            <thead>
              <tr className="border-b border-line">
                <th scope="col" className="py-2 pr-4">Alla data</th>
                <th scope="col" className="py-2 pr-4 text-right">Numeratore</th>
                <th scope="col" className="py-2 pr-4 text-right">Denominatore</th>
                <th scope="col" className="py-2 text-right">Percentuale</th>
              </tr>
            </thead>
            <tbody>
              {indicator.trend.map((point) => (
                <tr key={point.referenceDate} className="border-b border-line">
                  <th scope="row" className="py-2 pr-4 font-normal">{dayInWords(point.referenceDate)}</th>
                  <td className="py-2 pr-4 text-right">{countText(point.ratio.numerator)}</td>
                  <td className="py-2 pr-4 text-right">{countText(point.ratio.denominator)}</td>
                  <td className="py-2 text-right">{percentText(point.ratio.percent)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </div>
  );
}
