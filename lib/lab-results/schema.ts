import { z } from "zod";

/** A LOINC code as it appears in an address: digits, a dash, a check digit. */
export const loincSchema = z.string().regex(/^\d{1,7}-\d$/);

/** The trend page's address: the period of the chart and the page of the list; anything else is ignored. */
export const trendQuerySchema = z.object({
  periodo: z.enum(["1a", "3a", "5a", "tutto"]).optional(),
  pagina: z.coerce.number().int().min(1).max(10_000).optional(),
});
