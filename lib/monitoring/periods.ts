import { startOfNextRomeDay, startOfRomeDay } from "@/lib/i18n/time-zone";
import { PERIODS, type Period } from "./schema";

// The time windows of the indicators, on Europe/Rome calendar days (a day an administrator picks is a Rome
// day, whose bounds move with daylight saving time). Every window is half-open, [from, to): an instant on
// the boundary belongs to exactly one window.

/** The national definition: citizens' use and documents in the 90 days up to the reference date. */
export const CITIZEN_WINDOW_DAYS = 90;
export const TREND_MONTHS = 12;

export type Window = { from: Date; to: Date };
export type Windows = {
  referenceDate: string;
  /** The end of the reference date: states (consent, enablement) are read as they stood then. */
  end: Date;
  citizen: Window & { firstDay: string };
  period: Window & { firstDay: string };
};

function parts(isoDate: string): [number, number, number] {
  const [year = NaN, month = NaN, day = NaN] = isoDate.split("-").map(Number);
  return [year, month, day];
}

function iso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function minusDays(isoDate: string, days: number): string {
  const [year, month, day] = parts(isoDate);
  return iso(new Date(Date.UTC(year, month - 1, day - days)));
}

/** The same day `months` earlier, or that month's last day when it is shorter (31 March → 28/29 February). */
export function minusMonths(isoDate: string, months: number): string {
  const [year, month, day] = parts(isoDate);
  const lastDay = new Date(Date.UTC(year, month - 1 - months + 1, 0)).getUTCDate();
  return iso(new Date(Date.UTC(year, month - 1 - months, Math.min(day, lastDay))));
}

export function windowsFor(referenceDate: string, period: Period): Windows {
  const end = startOfNextRomeDay(referenceDate);
  const citizenFirst = minusDays(referenceDate, CITIZEN_WINDOW_DAYS - 1);
  const periodFirst = minusDays(minusMonths(referenceDate, PERIODS[period]), -1);
  return {
    referenceDate,
    end,
    citizen: { from: startOfRomeDay(citizenFirst), to: end, firstDay: citizenFirst },
    period: { from: startOfRomeDay(periodFirst), to: end, firstDay: periodFirst },
  };
}

/** The trend's reference dates: the same day of each of the last 12 months, oldest first, ending on `referenceDate`. */
export function trendDates(referenceDate: string): string[] {
  return Array.from({ length: TREND_MONTHS }, (_, k) => minusMonths(referenceDate, TREND_MONTHS - 1 - k));
}
