import { z } from "zod";

// Filters of the document list, read from the query string. A wrong value is reported, never a 500.

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Usa una data valida (giorno, mese e anno).")
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), "Usa una data valida (giorno, mese e anno).");

export const documentFiltersSchema = z
  .object({
    tipo: z.string().regex(/^\d{4,6}-\d$/, "Tipo di documento non riconosciuto.").optional(),
    dal: isoDate.optional(),
    al: isoDate.optional(),
    struttura: z.string().max(64).optional(),
    testo: z.string().trim().max(100, "Scrivi al massimo 100 caratteri.").optional(),
    dopo: z.string().max(200).optional(),
  })
  .refine((filters) => !filters.dal || !filters.al || filters.dal <= filters.al, {
    message: "La data iniziale deve precedere la data finale.",
    path: ["al"],
  });

export type DocumentFilters = z.infer<typeof documentFiltersSchema>;

/** Keeps the valid filters and reports the others by field, so the page can show both. */
export function parseDocumentFilters(raw: Record<string, string | string[] | undefined>): {
  filters: DocumentFilters;
  errors: Partial<Record<keyof DocumentFilters, string>>;
} {
  const flat = Object.fromEntries(
    Object.entries(raw)
      .map(([key, value]) => [key, Array.isArray(value) ? value[0] : value])
      .filter(([, value]) => value !== undefined && value !== ""),
  );
  const result = documentFiltersSchema.safeParse(flat);
  if (result.success) return { filters: result.data, errors: {} };
  const errors: Partial<Record<keyof DocumentFilters, string>> = {};
  for (const issue of result.error.issues) errors[issue.path[0] as keyof DocumentFilters] ??= issue.message;
  const filters = Object.fromEntries(Object.entries(flat).filter(([key]) => !(key in errors))) as DocumentFilters;
  return { filters, errors };
}

export const changeVisibilitySchema = z.object({
  documentId: z.string().min(1).max(100),
  obscure: z.enum(["true", "false"]).transform((value) => value === "true"),
  confirm: z.literal("on", { error: "Per procedere spunta la casella di conferma." }),
});
