import { msg } from "@/lib/i18n/translate";
import { z } from "zod";
import { parseQueryFilters, type RawQuery } from "@/lib/http/query";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, msg("Usa una data valida (giorno, mese e anno)."));

export const accessLogFiltersSchema = z.object({
  // No "chi" means other people's accesses: those are what a person looks for, and their own reads would
  // bury them. "tu" is the reader's own (and the record owner's), "tutti" everyone.
  chi: z.enum(["tutti", "tu", "professionisti", "delegati", "operatori"], { error: msg("Scelta non riconosciuta.") }).optional(),
  esito: z.enum(["consentiti", "negati"], { error: msg("Scelta non riconosciuta.") }).optional(),
  dal: isoDate.optional(),
  al: isoDate.optional(),
  prima: z.coerce.number().int().positive().optional(),
});

export type AccessLogFilters = z.infer<typeof accessLogFiltersSchema>;

/** The access-log filters of a query string; wrong ones are reported by field. */
export function parseAccessLogFilters(raw: RawQuery): { filters: AccessLogFilters; errors: Record<string, string> } {
  return parseQueryFilters(accessLogFiltersSchema, raw);
}
