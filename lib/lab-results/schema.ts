import { z } from "zod";

/** A LOINC code as it appears in an address: digits, a dash, a check digit. */
export const loincSchema = z.string().regex(/^\d{1,7}-\d$/);
