import { IntlMessageFormat } from "intl-messageformat";
import { createElement, Fragment, type ReactNode } from "react";
import english from "./en.json";
import { INTL_LOCALE, type Locale } from "./locale";

// Messages are written in the code in Italian, the portal's first language, and the Italian text is the key
// of the English catalogue (the gettext convention): the code reads as the UI does, Italian needs no
// catalogue, and a test checks that every message in the code has its English entry (decision 0007).
// Messages with values use ICU MessageFormat (plurals, selects), formatted by FormatJS.

export type MessageValues = Record<string, string | number>;
/** Values of a message with markup: `<link>…</link>` in the message calls `link` with the chunks inside. */
export type RichValues = Record<string, string | number | ((chunks: ReactNode[]) => ReactNode)>;

const CATALOGUES: Record<Locale, Record<string, string>> = { it: {}, en: english };
const TIME_ZONE = "Europe/Rome";

export type Translator = {
  (message: string, values?: MessageValues): string;
  /** A message with markup, e.g. a link inside a sentence, which stays whole for the translator. */
  rich: (message: string, values: RichValues) => ReactNode;
  locale: Locale;
  /** "23 novembre 2026" / "23 November 2026", in Italian time. */
  date: (value: string | Date) => string;
  /** "23/11/2026" in both languages. */
  shortDate: (value: string | Date) => string;
  /** "23/11/2026, 14:05". */
  dateTime: (value: string | Date) => string;
  /** "lunedì 23 novembre 2026": the documents' date style with the weekday, for appointments and slots. */
  weekdayDate: (value: string | Date) => string;
  /** "14:05", in Italian time. */
  time: (value: string | Date) => string;
  /** "lunedì 23 novembre 2026, ore 14:05" / "Monday 23 November 2026 at 14:05". */
  appointment: (value: string | Date) => string;
  number: (value: number, options?: Intl.NumberFormatOptions) => string;
  fileSize: (bytes: number) => string;
};

const formats = new Map<string, IntlMessageFormat>();

function compiled(locale: Locale, text: string): IntlMessageFormat {
  const key = `${locale}\u0000${text}`;
  let found = formats.get(key);
  if (!found) {
    found = new IntlMessageFormat(text, INTL_LOCALE[locale]);
    formats.set(key, found);
  }
  return found;
}

const translators = new Map<Locale, Translator>();

/** The translator of a locale; the same object for every caller, so that it can be created anywhere. */
export function translator(locale: Locale): Translator {
  const existing = translators.get(locale);
  if (existing) return existing;
  const catalogue = CATALOGUES[locale];
  const intlLocale = INTL_LOCALE[locale];
  const dateFormat = new Intl.DateTimeFormat(intlLocale, { timeZone: TIME_ZONE, day: "numeric", month: "long", year: "numeric" });
  const shortDateFormat = new Intl.DateTimeFormat(intlLocale, { timeZone: TIME_ZONE, day: "2-digit", month: "2-digit", year: "numeric" });
  const dateTimeFormat = new Intl.DateTimeFormat(intlLocale, { timeZone: TIME_ZONE, day: "2-digit", month: "2-digit", year: "numeric", hour: "2-digit", minute: "2-digit" });
  const weekdayDateFormat = new Intl.DateTimeFormat(intlLocale, { timeZone: TIME_ZONE, weekday: "long", day: "numeric", month: "long", year: "numeric" });
  const timeFormat = new Intl.DateTimeFormat(intlLocale, { timeZone: TIME_ZONE, hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
  const t = ((message: string, values?: MessageValues) => {
    const text = catalogue[message] ?? message;
    return values ? String(compiled(locale, text).format(values)) : text;
  }) as Translator;
  t.rich = (message, values) => {
    const parts = compiled(locale, catalogue[message] ?? message).format<ReactNode>(values);
    return Array.isArray(parts) ? createElement(Fragment, null, ...parts) : parts;
  };
  t.locale = locale;
  t.date = (value) => dateFormat.format(new Date(value));
  t.shortDate = (value) => shortDateFormat.format(new Date(value));
  t.dateTime = (value) => dateTimeFormat.format(new Date(value));
  t.weekdayDate = (value) => weekdayDateFormat.format(new Date(value)).replace(",", "");
  t.time = (value) => timeFormat.format(new Date(value));
  t.appointment = (value) => t("{date}, ore {time}", { date: t.weekdayDate(value), time: t.time(value) });
  t.number = (value, options) => value.toLocaleString(intlLocale, options);
  t.fileSize = (bytes) => {
    if (bytes < 1024) return `${bytes} byte`;
    if (bytes < 1024 * 1024) return `${t.number(bytes / 1024, { maximumFractionDigits: 0 })} kB`;
    return `${t.number(bytes / 1024 / 1024, { maximumFractionDigits: 1 })} MB`;
  };
  translators.set(locale, t);
  return t;
}

/**
 * Marks a message that is translated where it is shown rather than where it is written (a zod message,
 * a label in a table): the identity function, which the catalogue test finds like a call of `t`.
 */
export function msg(message: string): string {
  return message;
}
