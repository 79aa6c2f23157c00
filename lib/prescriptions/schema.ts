import { msg } from "@/lib/i18n/translate";
import { z } from "zod";
import { parseQueryFilters, type RawQuery } from "@/lib/http/query";

// Filters of the prescription list, read from the query string with Italian values.

export const PRESCRIPTION_KINDS = { farmaceutica: "PHARMACEUTICAL", specialistica: "SPECIALIST" } as const;
export const PRESCRIPTION_STATUSES = { "da-erogare": "TO_FULFIL", erogata: "FULFILLED", scaduta: "EXPIRED" } as const;

export const prescriptionFiltersSchema = z.object({
  tipo: z.enum(["farmaceutica", "specialistica"], { error: msg("Tipo di ricetta non riconosciuto.") }).optional(),
  stato: z.enum(["da-erogare", "erogata", "scaduta"], { error: msg("Stato della ricetta non riconosciuto.") }).optional(),
  dopo: z.string().max(200).optional(),
});

export type PrescriptionFilters = z.infer<typeof prescriptionFiltersSchema>;

export function parsePrescriptionFilters(raw: RawQuery) {
  return parseQueryFilters(prescriptionFiltersSchema, raw);
}

export const prescriptionIdSchema = z.string().min(1).max(100);
