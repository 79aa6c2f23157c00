import { msg } from "@/lib/i18n/translate";
import { z } from "zod";
import { parseQueryFilters, type RawQuery } from "@/lib/http/query";

// Filters of the document list, read from the query string. A wrong value is reported, never a 500.

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, msg("Usa una data valida (giorno, mese e anno)."))
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), msg("Usa una data valida (giorno, mese e anno)."));

export const documentFiltersSchema = z
  .object({
    tipo: z.string().regex(/^\d{4,6}-\d$/, msg("Tipo di documento non riconosciuto.")).optional(),
    dal: isoDate.optional(),
    al: isoDate.optional(),
    struttura: z.string().max(64).optional(),
    testo: z.string().trim().max(100, msg("Scrivi al massimo 100 caratteri.")).optional(),
    dopo: z.string().max(200).optional(),
  })
  .refine((filters) => !filters.dal || !filters.al || filters.dal <= filters.al, {
    message: msg("La data iniziale deve precedere la data finale."),
    path: ["al"],
  });

export type DocumentFilters = z.infer<typeof documentFiltersSchema>;

/** The document-list filters of a query string; wrong ones are reported by field. */
export function parseDocumentFilters(raw: RawQuery): { filters: DocumentFilters; errors: Partial<Record<keyof DocumentFilters, string>> } {
  return parseQueryFilters(documentFiltersSchema, raw);
}

export const changeVisibilitySchema = z.object({
  documentId: z.string().min(1).max(100),
  obscure: z.enum(["true", "false"]).transform((value) => value === "true"),
  confirm: z.literal("on", { error: msg("Per procedere spunta la casella di conferma.") }),
});
