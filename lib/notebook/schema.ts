import { msg } from "@/lib/i18n/translate";
import { z } from "zod";

// Notebook entries as typed by the citizen. The file is checked separately, by its content.

/** "pressione, Cardiologia ,  pressione" → ["cardiologia", "pressione"]: trimmed, lower case, unique, sorted. */
export function parseLabels(raw: string): string[] {
  return [...new Set(raw.split(",").map((label) => label.trim().toLowerCase()).filter(Boolean))].sort((a, b) => a.localeCompare(b, "it"));
}

export const newEntrySchema = z.object({
  title: z.string({ error: msg("Dai un titolo alla nota.") }).trim().min(1, msg("Dai un titolo alla nota.")).max(120, msg("Il titolo può avere al massimo 120 caratteri.")),
  note: z.string().trim().max(4000, msg("La nota può avere al massimo 4000 caratteri.")).optional().default(""),
  labels: z
    .string()
    .optional()
    .default("")
    .transform(parseLabels)
    .refine((labels) => labels.length <= 10, msg("Usa al massimo 10 etichette."))
    .refine((labels) => labels.every((label) => label.length <= 30 && /^[\p{L}\p{N} '-]+$/u.test(label)), msg("Le etichette possono contenere lettere, numeri e spazi, fino a 30 caratteri.")),
  shared: z.literal("on").optional(),
});

export const entryIdSchema = z.object({ entryId: z.string().min(1).max(100) });

/** A note's words changed afterwards: its title, text and labels (the file and the sharing have their own controls). */
export const editEntrySchema = entryIdSchema.extend(newEntrySchema.pick({ title: true, note: true, labels: true }).shape);

export const sharingSchema = entryIdSchema.extend({ shared: z.enum(["true", "false"]).transform((value) => value === "true") });

export const notebookFiltersSchema = z.object({ etichetta: z.string().trim().toLowerCase().max(30).optional() });

/** File kinds accepted, detected from the bytes: what a name or a browser claims is not trusted. */
export const ACCEPTED_FILE_TYPES = ["application/pdf", "image/jpeg", "image/png"] as const;
