import { msg } from "@/lib/i18n/translate";
import { z } from "zod";
import { isValidFiscalCode, normalizeFiscalCode } from "@/lib/people/fiscal-code";

export const patientLookupSchema = z.object({
  fiscalCode: z
    .string()
    .transform(normalizeFiscalCode)
    .refine((value) => value.length === 16, msg("Il codice fiscale ha 16 caratteri."))
    .refine(isValidFiscalCode, msg("Il codice fiscale non è valido: controlla di averlo scritto bene.")),
  emergency: z.enum(["on"]).optional(),
  reason: z.string().trim().max(500, msg("Scrivi al massimo 500 caratteri.")).optional(),
}).refine((value) => !value.emergency || (value.reason ?? "").length >= 10, {
  message: msg("Per l'accesso in emergenza scrivi il motivo (almeno 10 caratteri)."),
  path: ["reason"],
});
