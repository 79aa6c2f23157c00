import { z } from "zod";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Usa una data valida (giorno, mese e anno).");

export const accessLogFiltersSchema = z.object({
  chi: z.enum(["tu", "professionisti", "delegati", "operatori"], { error: "Scelta non riconosciuta." }).optional(),
  esito: z.enum(["consentiti", "negati"], { error: "Scelta non riconosciuta." }).optional(),
  dal: isoDate.optional(),
  al: isoDate.optional(),
  prima: z.coerce.number().int().positive().optional(),
});

export type AccessLogFilters = z.infer<typeof accessLogFiltersSchema>;

/** Keeps the valid filters; a wrong value is dropped and reported, never a 500. */
export function parseAccessLogFilters(raw: Record<string, string | string[] | undefined>) {
  const flat = Object.fromEntries(
    Object.entries(raw)
      .map(([key, value]) => [key, Array.isArray(value) ? value[0] : value])
      .filter(([, value]) => value !== undefined && value !== ""),
  );
  const result = accessLogFiltersSchema.safeParse(flat);
  if (result.success) return { filters: result.data, errors: {} as Record<string, string> };
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) errors[String(issue.path[0])] ??= issue.message;
  const kept = accessLogFiltersSchema.safeParse(Object.fromEntries(Object.entries(flat).filter(([key]) => !(key in errors))));
  return { filters: kept.success ? kept.data : {}, errors };
}
