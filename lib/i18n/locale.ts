// The portal speaks Italian first and English second (ARCHITECTURE §8). A locale is chosen explicitly —
// in the profile, or with the switch in the header before logging in — never guessed from the browser,
// so that a shared or borrowed phone does not change the language of an official service by itself.

export const LOCALES = ["it", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "it";

/** The cookie that carries the choice of a visitor who is not logged in (and survives logout). */
export const LOCALE_COOKIE = "lingua";

export function toLocale(value: unknown): Locale {
  return chosenLocale(value) ?? DEFAULT_LOCALE;
}

/** The locale a cookie or a form names, or undefined when it names none of the portal's. */
export function chosenLocale(value: unknown): Locale | undefined {
  return LOCALES.includes(value as Locale) ? (value as Locale) : undefined;
}

/** Each language named in itself, as language switches do. */
export const LOCALE_NAMES: Record<Locale, string> = { it: "Italiano", en: "English" };

/** The locale used by Intl for dates and numbers: British English keeps the day-month order and the 24-hour clock. */
export const INTL_LOCALE: Record<Locale, string> = { it: "it-IT", en: "en-GB" };

/**
 * Request header set by proxy.ts on the staff consoles (desk, professionals): they stay in Italian, the
 * working language of the regional service and of its procedures, whatever the staff member chose.
 */
export const STAFF_AREA_HEADER = "x-fascicolo-staff-area";
