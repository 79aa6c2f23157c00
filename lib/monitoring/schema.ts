import { z } from "zod";
import { parseQueryFilters, type RawQuery } from "@/lib/http/query";
import { romeIsoDate } from "@/lib/i18n/time-zone";
import { msg } from "@/lib/i18n/translate";

// The administrator's choice on the monitoring page: the reference date and the period the professional
// and availability figures cover. Citizen indicators always look at the 90 days up to the reference date,
// as the national monitoring defines them.

export const PERIODS = { mese: 1, trimestre: 3, semestre: 6, anno: 12 } as const;
export type Period = keyof typeof PERIODS;

/** The first reference date the region's figures can be asked for: the FSE 2.0 decree's year. */
export const FIRST_REFERENCE_DATE = "2023-01-01";

function isCalendarDate(value: string): boolean {
  const [year = 0, month = 0, day = 0] = value.split("-").map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export const monitoringQuerySchema = z.object({
  data: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, msg("Usa una data valida (giorno, mese e anno)."))
    .refine(isCalendarDate, msg("Usa una data valida (giorno, mese e anno)."))
    .refine((value) => value >= FIRST_REFERENCE_DATE, msg("Scegli una data dal 1° gennaio 2023 in poi."))
    // Today at the latest: a later date would count days that have not happened yet.
    .refine((value) => value <= romeIsoDate(new Date()), msg("Scegli una data non successiva a oggi."))
    .optional(),
  periodo: z.enum(Object.keys(PERIODS) as [Period, ...Period[]], { error: msg("Scelta non riconosciuta.") }).optional(),
});

export type MonitoringQuery = { data: string; periodo: Period };

/** The page's choice from its query string: wrong values are reported by field and replaced by defaults. */
export function parseMonitoringQuery(raw: RawQuery, today: Date = new Date()): { query: MonitoringQuery; errors: Record<string, string> } {
  const { filters, errors } = parseQueryFilters(monitoringQuerySchema, raw);
  return { query: { data: filters.data ?? romeIsoDate(today), periodo: filters.periodo ?? "trimestre" }, errors };
}
