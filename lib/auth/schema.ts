import { z } from "zod";
import { isValidFiscalCode, normalizeFiscalCode } from "@/lib/people/fiscal-code";

// The operator's command that reads one person's protocol log (npm run auth:protocol-log): its arguments.

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "data nel formato aaaa-mm-gg").refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), "data inesistente");

export const protocolLogQuerySchema = z
  .object({
    fiscalCode: z.string({ error: "manca il codice fiscale" }).transform(normalizeFiscalCode).refine(isValidFiscalCode, "codice fiscale non valido"),
    from: isoDay.optional(),
    to: isoDay.optional(),
    format: z.enum(["json", "csv"], { error: "formato: json oppure csv" }).default("json"),
  })
  .refine((query) => !query.from || !query.to || query.from <= query.to, { message: "--from viene dopo --to", path: ["from"] });

export type ProtocolLogQuery = z.infer<typeof protocolLogQuerySchema>;
