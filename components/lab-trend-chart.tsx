import { scaleLinear, scaleUtc } from "d3-scale";
import { line } from "d3-shape";
import { INTL_LOCALE } from "@/lib/i18n/locale";
import { getT } from "@/lib/i18n/server";
import type { LabPoint, LabTrend } from "@/lib/lab-results/types";
import { readableUnit } from "@/lib/lab-results/labels";

// A test's values over time as an SVG drawn on the server: the reference range shaded, values out of
// range drawn as red diamonds (shape, not colour alone, tells them apart). The list below it is the
// accessible alternative; the chart's description summarises it for screen readers.
//
// An SVG scales its text with its width: a 720-unit drawing shrunk onto a 330 px phone printed 6 px
// labels. So the chart is drawn twice, for a wide screen and for a phone (CSS shows one), each with text
// of about 12-13 px at the size it is shown and as many date labels as fit.

const LAYOUTS = {
  wide: { width: 720, height: 300, font: 12, xTicks: 6, margin: { top: 16, right: 24, bottom: 36, left: 56 } },
  phone: { width: 340, height: 240, font: 13, xTicks: 3, margin: { top: 14, right: 14, bottom: 34, left: 46 } },
} as const;
const DAY = 86_400_000;

type Layout = (typeof LAYOUTS)[keyof typeof LAYOUTS];
type Plotted = LabPoint & { at: Date; value: number };

function Drawing({ layout, id, points, low, high, title, description, formatDate, formatNumber }: {
  layout: Layout; id: string; points: Plotted[]; low: number | null; high: number | null; title: string; description: string;
  formatDate: (date: Date) => string; formatNumber: (value: number) => string;
}) {
  const { width, height, margin } = layout;
  const first = points[0]!.at.getTime();
  const last = points.at(-1)!.at.getTime();
  const x = scaleUtc()
    .domain(first === last ? [new Date(first - 30 * DAY), new Date(last + 30 * DAY)] : [new Date(first), new Date(last)])
    .range([margin.left, width - margin.right]);
  const values = [...points.map((point) => point.value), ...(low !== null ? [low] : []), ...(high !== null ? [high] : [])];
  const span = Math.max(...values) - Math.min(...values) || Math.abs(values[0]!) || 1;
  const y = scaleLinear()
    .domain([Math.min(...values) - span * 0.1, Math.max(...values) + span * 0.1])
    .nice()
    .range([height - margin.bottom, margin.top]);
  // A long history gets smaller markers, so that the line stays readable.
  const marker = points.length > 60 ? 3 : 5;
  const path = line<Plotted>()
    .x((point) => x(point.at))
    .y((point) => y(point.value))(points);
  return (
    <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-titolo ${id}-descrizione`} className="h-auto w-full">
      <title id={`${id}-titolo`}>{title}</title>
      <desc id={`${id}-descrizione`}>{description}</desc>
      {low !== null && high !== null ? <rect x={margin.left} width={width - margin.left - margin.right} y={y(high)} height={Math.max(0, y(low) - y(high))} fill="#dff3e4" /> : null}
      {y.ticks(5).map((tick) => (
        <g key={`y${tick}`}>
          <line x1={margin.left} x2={width - margin.right} y1={y(tick)} y2={y(tick)} stroke="#d5dbe3" strokeWidth={1} />
          <text x={margin.left - 6} y={y(tick)} textAnchor="end" dominantBaseline="middle" fontSize={layout.font} fill="#3d4a5c">
            {formatNumber(tick)}
          </text>
        </g>
      ))}
      {x.ticks(Math.min(layout.xTicks, points.length + 1)).map((tick, index, ticks) => (
        // The outer labels lean inwards, so that none is cut at the drawing's edge.
        <text key={`x${tick.getTime()}`} x={x(tick)} y={height - margin.bottom + 20} textAnchor={ticks.length > 1 && index === 0 ? "start" : ticks.length > 1 && index === ticks.length - 1 ? "end" : "middle"} fontSize={layout.font} fill="#3d4a5c">
          {formatDate(tick)}
        </text>
      ))}
      <path d={path ?? ""} fill="none" stroke="#0a58b5" strokeWidth={2} />
      {points.map((point) =>
        point.outOfRange ? (
          <rect key={point.observedAt + point.documentId} x={x(point.at) - marker} y={y(point.value) - marker} width={marker * 2} height={marker * 2} transform={`rotate(45 ${x(point.at)} ${y(point.value)})`} fill="#b42318" />
        ) : (
          <circle key={point.observedAt + point.documentId} cx={x(point.at)} cy={y(point.value)} r={marker - 1} fill="#0a58b5" />
        ),
      )}
    </svg>
  );
}

export async function LabTrendChart({ trend, points: shown, description }: { trend: LabTrend; points: LabPoint[]; description: string }) {
  const t = await getT();
  const monthYear = new Intl.DateTimeFormat(INTL_LOCALE[t.locale], { month: "short", year: "numeric", timeZone: "Europe/Rome" });
  const number = new Intl.NumberFormat(INTL_LOCALE[t.locale], { maximumFractionDigits: 2 });
  const points = shown.filter((point) => point.value !== null).map((point) => ({ ...point, at: new Date(point.observedAt), value: point.value! }));
  if (points.length === 0) return null;
  const low = points.findLast((point) => point.low !== null)?.low ?? null;
  const high = points.findLast((point) => point.high !== null)?.high ?? null;
  const common = { points, low, high, title: t("{name}: andamento nel tempo", { name: trend.name }), description, formatDate: (date: Date) => monthYear.format(date), formatNumber: (value: number) => number.format(value) };
  return (
    <figure className="rounded border border-line bg-white p-2">
      <div className="hidden md:block">
        <Drawing layout={LAYOUTS.wide} id="grafico" {...common} />
      </div>
      <div className="md:hidden">
        <Drawing layout={LAYOUTS.phone} id="grafico-telefono" {...common} />
      </div>
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
