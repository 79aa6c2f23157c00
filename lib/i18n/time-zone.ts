import { TZDate } from "@date-fns/tz";
import { addDays, endOfDay, startOfDay } from "date-fns";

// The portal shows every time in Europe/Rome (times are stored in UTC): a day a person types in a filter or
// as the end of a delegation is a Rome day, whose bounds move with daylight saving time. @date-fns/tz knows
// the rules; hand-written offsets (or "T00:00Z") are off by one or two hours around midnight.

export const PORTAL_TIME_ZONE = "Europe/Rome";

function romeDay(isoDate: string): TZDate {
  const [year = NaN, month = NaN, day = NaN] = isoDate.split("-").map(Number);
  return new TZDate(year, month - 1, day, PORTAL_TIME_ZONE);
}

/** The first instant of a Rome calendar day ("2026-03-29" → 2026-03-28T23:00:00Z). */
export function startOfRomeDay(isoDate: string): Date {
  return new Date(startOfDay(romeDay(isoDate)).getTime());
}

/** The last millisecond of a Rome calendar day. */
export function endOfRomeDay(isoDate: string): Date {
  return new Date(endOfDay(romeDay(isoDate)).getTime());
}

/** The first instant of the Rome day after, for exclusive upper bounds. */
export function startOfNextRomeDay(isoDate: string): Date {
  return new Date(startOfDay(addDays(romeDay(isoDate), 1)).getTime());
}

/** The Rome calendar day of an instant, "YYYY-MM-DD". */
export function romeIsoDate(value: Date | string): string {
  const date = new TZDate(new Date(value).getTime(), PORTAL_TIME_ZONE);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
