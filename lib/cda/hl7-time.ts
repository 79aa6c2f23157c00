// HL7 v3 TS values: YYYY[MM[DD[HH[MM[SS[.fff]]]]]][+|-ZZZZ]. Without an offset the time is Italian.

const TS = /^(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(?:\.\d+)?([+-]\d{4})?$/;

function romeOffsetMinutes(utcGuess: Date): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone: "Europe/Rome",
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
  }).formatToParts(utcGuess);
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  const asUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"));
  return Math.round((asUtc - utcGuess.getTime()) / 60_000);
}

export function parseHl7Time(value: string | null | undefined): Date | null {
  if (!value) return null;
  const match = TS.exec(value.trim());
  if (!match) return null;
  const [, y, mo = "01", d = "01", h = "00", mi = "00", s = "00", offset] = match;
  const wallClock = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  if (Number.isNaN(wallClock)) return null;
  const check = new Date(wallClock);
  if (check.getUTCMonth() !== Number(mo) - 1 || check.getUTCDate() !== Number(d)) return null;
  let offsetMinutes: number;
  if (offset) {
    const sign = offset.startsWith("-") ? -1 : 1;
    offsetMinutes = sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(3, 5)));
  } else {
    offsetMinutes = romeOffsetMinutes(new Date(wallClock));
  }
  return new Date(wallClock - offsetMinutes * 60_000);
}

/** Formats a date as an HL7 TS in Italian local time, with its offset. */
export function formatHl7Time(date: Date): string {
  const offset = romeOffsetMinutes(date);
  const local = new Date(date.getTime() + offset * 60_000);
  const pad = (n: number) => String(n).padStart(2, "0");
  const sign = offset >= 0 ? "+" : "-";
  return (
    `${local.getUTCFullYear()}${pad(local.getUTCMonth() + 1)}${pad(local.getUTCDate())}` +
    `${pad(local.getUTCHours())}${pad(local.getUTCMinutes())}${pad(local.getUTCSeconds())}` +
    `${sign}${pad(Math.floor(Math.abs(offset) / 60))}${pad(Math.abs(offset) % 60)}`
  );
}
