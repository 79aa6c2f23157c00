import { msg } from "@/lib/i18n/translate";
import { z } from "zod";
import { isValidFiscalCode, normalizeFiscalCode } from "@/lib/people/fiscal-code";

export const IDENTITY_DOCUMENTS = { CIE: msg("Carta d'identità elettronica"), CARTA_IDENTITA: msg("Carta d'identità cartacea"), PASSAPORTO: "Passaporto", PATENTE: msg("Patente di guida") } as const;

export const openDeskSessionSchema = z.object({
  fiscalCode: z
    .string()
    .transform(normalizeFiscalCode)
    .refine(isValidFiscalCode, msg("Il codice fiscale non è valido: controlla di averlo scritto bene.")),
  documentType: z.enum(Object.keys(IDENTITY_DOCUMENTS) as [keyof typeof IDENTITY_DOCUMENTS], { error: msg("Scegli il documento di identità controllato.") }),
  documentNumber: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9]{5,12}$/, msg("Scrivi il numero del documento (da 5 a 12 lettere e cifre, senza spazi).")),
});

export const deskConsentSchema = z.object({
  sessionId: z.string().min(1).max(100),
  kind: z.enum(["CARE", "EMERGENCY", "HEIGHTENED_PROTECTION"], { error: msg("Scelta non riconosciuta.") }),
  granted: z.enum(["true", "false"]).transform((value) => value === "true"),
});

export const deskSessionIdSchema = z.object({ sessionId: z.string().min(1).max(100) });

export const deskVisibilitySchema = z.object({
  sessionId: z.string().min(1).max(100),
  documentId: z.string().min(1).max(100),
  obscure: z.enum(["true", "false"]).transform((value) => value === "true"),
});

export const deskDelegationSchema = z.object({ sessionId: z.string().min(1).max(100), delegationId: z.string().min(1).max(100) });
