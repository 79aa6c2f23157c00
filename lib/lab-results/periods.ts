import { subYears } from "date-fns";
import type { LabPoint } from "./types";

// A test measured for years (a diabetic's glucose: hundreds of values) is read a period at a time: the
// chart and the summary cover the chosen years, the list of values goes page by page, newest first.

export const TREND_PERIODS = ["1a", "3a", "5a", "tutto"] as const;
export type TrendPeriod = (typeof TREND_PERIODS)[number];

const YEARS: Record<Exclude<TrendPeriod, "tutto">, number> = { "1a": 1, "3a": 3, "5a": 5 };

/** Values per page of the list: about two phone screens of cards. */
export const VALUES_PER_PAGE = 20;

/** A history longer than this opens on the last three years rather than on everything. */
const SHORT_HISTORY = 40;

export function isTrendPeriod(value: unknown): value is TrendPeriod {
  return typeof value === "string" && (TREND_PERIODS as readonly string[]).includes(value);
}

/**
 * The period a page opens on: the one asked for; else three years for a long history that has values in
 * them, and everything otherwise.
 */
export function chosenPeriod(asked: unknown, points: readonly LabPoint[], now: Date): TrendPeriod {
  if (isTrendPeriod(asked)) return asked;
  return points.length > SHORT_HISTORY && pointsInPeriod(points, "3a", now).length > 0 ? "3a" : "tutto";
}

/** The values within `period` before `now`, oldest first as given. */
export function pointsInPeriod(points: readonly LabPoint[], period: TrendPeriod, now: Date): LabPoint[] {
  if (period === "tutto") return [...points];
  const from = subYears(now, YEARS[period]).getTime();
  return points.filter((point) => new Date(point.observedAt).getTime() >= from);
}

export type TrendSummary = { count: number; outOfRange: number; lowest: LabPoint | null; highest: LabPoint | null; latest: LabPoint | null };

/** What a person asks of a long list first: how many, the extremes, the latest, how many out of range. */
export function summarise(points: readonly LabPoint[]): TrendSummary {
  const numeric = points.filter((point) => point.value !== null);
  const pick = (better: (a: number, b: number) => boolean) => numeric.reduce<LabPoint | null>((best, point) => (best === null || better(point.value!, best.value!) ? point : best), null);
  return {
    count: points.length,
    outOfRange: points.filter((point) => point.outOfRange).length,
    lowest: pick((a, b) => a < b),
    highest: pick((a, b) => a > b),
    latest: points.at(-1) ?? null,
  };
}

/** One page of the values, newest first; `page` is clamped into range, so a stale address still shows something. */
export function pageOfValues(points: readonly LabPoint[], page: number): { values: LabPoint[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(points.length / VALUES_PER_PAGE));
  const current = Math.min(Math.max(1, Math.trunc(Number.isFinite(page) ? page : 1)), pages);
  const newestFirst = [...points].reverse();
  return { values: newestFirst.slice((current - 1) * VALUES_PER_PAGE, current * VALUES_PER_PAGE), page: current, pages };
}
