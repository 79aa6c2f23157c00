import { scaleLinear, scaleUtc } from "d3-scale";
import { line } from "d3-shape";
import { INTL_LOCALE } from "@/lib/i18n/locale";
import { getT } from "@/lib/i18n/server";
import type { LabTrend } from "@/lib/lab-results/types";
import { readableUnit } from "@/lib/lab-results/labels";

// A test's values over time as an SVG drawn on the server: the reference range shaded, values out of
// range drawn as red diamonds (shape, not colour alone, tells them apart). The table below it is the
// accessible alternative; the chart's description summarises it for screen readers.

const WIDTH = 720;
const HEIGHT = 300;
const MARGIN = { top: 16, right: 24, bottom: 36, left: 56 };
const DAY = 86_400_000;

export async function LabTrendChart({ trend, description }: { trend: LabTrend; description: string }) {
  const t = await getT();
  const monthYear = new Intl.DateTimeFormat(INTL_LOCALE[t.locale], { month: "short", year: "numeric", timeZone: "Europe/Rome" });
  const number = new Intl.NumberFormat(INTL_LOCALE[t.locale], { maximumFractionDigits: 2 });
  const points = trend.points.filter((point) => point.value !== null).map((point) => ({ ...point, at: new Date(point.observedAt), value: point.value! }));
  if (points.length === 0) return null;
  const low = points.findLast((point) => point.low !== null)?.low ?? null;
  const high = points.findLast((point) => point.high !== null)?.high ?? null;
  const first = points[0]!.at.getTime();
  const last = points.at(-1)!.at.getTime();
  const x = scaleUtc()
    .domain(first === last ? [new Date(first - 30 * DAY), new Date(last + 30 * DAY)] : [new Date(first), new Date(last)])
    .range([MARGIN.left, WIDTH - MARGIN.right]);
  const values = [...points.map((point) => point.value), ...(low !== null ? [low] : []), ...(high !== null ? [high] : [])];
  const span = Math.max(...values) - Math.min(...values) || Math.abs(values[0]!) || 1;
  const y = scaleLinear()
    .domain([Math.min(...values) - span * 0.1, Math.max(...values) + span * 0.1])
    .nice()
    .range([HEIGHT - MARGIN.bottom, MARGIN.top]);
  // A long history gets smaller markers, so that the line stays readable.
  const marker = points.length > 60 ? 3 : 5;
  const path = line<(typeof points)[number]>()
    .x((point) => x(point.at))
    .y((point) => y(point.value))(points);
  return (
    <figure className="overflow-x-auto rounded border border-line bg-white p-2">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby="grafico-titolo grafico-descrizione" className="h-auto w-full min-w-[320px]">
        <title id="grafico-titolo">{t("{name}: andamento nel tempo", { name: trend.name })}</title>
        <desc id="grafico-descrizione">{description}</desc>
        {low !== null && high !== null ? (
          <rect x={MARGIN.left} width={WIDTH - MARGIN.left - MARGIN.right} y={y(high)} height={Math.max(0, y(low) - y(high))} fill="#dff3e4" />
        ) : null}
        {y.ticks(5).map((tick) => (
          <g key={`y${tick}`}>
            <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(tick)} y2={y(tick)} stroke="#d5dbe3" strokeWidth={1} />
            <text x={MARGIN.left - 8} y={y(tick)} textAnchor="end" dominantBaseline="middle" fontSize={12} fill="#3d4a5c">
              {number.format(tick)}
            </text>
          </g>
        ))}
        {x.ticks(Math.min(6, points.length + 1)).map((tick) => (
          <text key={`x${tick.getTime()}`} x={x(tick)} y={HEIGHT - MARGIN.bottom + 20} textAnchor="middle" fontSize={12} fill="#3d4a5c">
            {monthYear.format(tick)}
          </text>
        ))}
        <path d={path ?? ""} fill="none" stroke="#0a58b5" strokeWidth={2} />
        {points.map((point) =>
          point.outOfRange ? (
            <rect
              key={point.observedAt + point.documentId}
              x={x(point.at) - marker}
              y={y(point.value) - marker}
              width={marker * 2}
              height={marker * 2}
              transform={`rotate(45 ${x(point.at)} ${y(point.value)})`}
              fill="#b42318"
            />
          ) : (
            <circle key={point.observedAt + point.documentId} cx={x(point.at)} cy={y(point.value)} r={marker - 1} fill="#0a58b5" />
          ),
        )}
      </svg>
      <figcaption className="mt-2 flex flex-wrap gap-x-6 gap-y-1 px-2 text-sm text-muted">
        {low !== null && high !== null ? (
          <span>
            <span aria-hidden="true" className="mr-1 inline-block h-3 w-5 bg-[#dff3e4] align-middle" />
            {t("Intervallo di riferimento {low}–{high} {unit}", { low: number.format(low), high: number.format(high), unit: readableUnit(trend.unit) })}
          </span>
        ) : null}
        <span>
          <span aria-hidden="true" className="mr-1 inline-block h-2.5 w-2.5 rotate-45 bg-[#b42318] align-middle" />
          {t("Fuori dall'intervallo")}
        </span>
      </figcaption>
    </figure>
  );
}
