import { msg } from "@/lib/i18n/translate";
import { z } from "zod";
import { isValidFiscalCode, normalizeFiscalCode } from "@/lib/people/fiscal-code";

/** `next`: the area to open in the other person's record, one of ours (never an outside address). */
export const actForSchema = z.object({ subjectId: z.string().min(1).max(100), next: z.string().regex(/^\/[a-z-]{1,40}$/).optional() });

export const DELEGATION_AREAS = ["documenti", "accessi", "consensi"] as const;

const fiscalCode = (message: string) => z.string().transform(normalizeFiscalCode).refine(isValidFiscalCode, message);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, msg("Usa una data valida (giorno, mese e anno)."));
const delegateFiscalCode = fiscalCode(msg("Il codice fiscale del delegato non è valido: controlla di averlo scritto bene."));
const scope = z.array(z.enum(DELEGATION_AREAS)).default([]);
const needsScope = { message: msg("Scegli almeno un'area per la persona di fiducia."), path: ["scope"] };

export const registerDelegationSchema = z
  .object({
    sessionId: z.string().min(1).max(100),
    delegateFiscalCode,
    kind: z.enum(["PARENT", "GUARDIAN", "TRUSTED"], { error: msg("Scegli il tipo di delega.") }),
    courtDecree: z.string().trim().max(200, msg("Scrivi al massimo 200 caratteri.")).optional(),
    endsAt: isoDate.optional().or(z.literal("")),
    scope,
    canManage: z.literal("on").optional(),
  })
  .refine((value) => value.kind !== "TRUSTED" || value.scope.length > 0, needsScope);

/** A citizen naming a trusted adult online. */
export const delegateTrustedSchema = z
  .object({
    delegateFiscalCode,
    endsAt: z.string({ error: msg("Indica fino a quando vale la delega.") }).min(1, msg("Indica fino a quando vale la delega.")).pipe(isoDate),
    scope,
    canManage: z.literal("on").optional(),
  })
  .refine((value) => value.scope.length > 0, needsScope);

/** The words the parent subscribes: a self-certification under DPR 445/2000, artt. 46-47, with art. 76. */
export const PARENTAL_DECLARATION =
  msg("Dichiaro, ai sensi degli artt. 46 e 47 del DPR 445/2000 e consapevole delle sanzioni penali previste dall'art. 76 in caso di dichiarazioni mendaci, di essere genitore del minore indicato e di esercitare su di lui la responsabilità genitoriale.");

export const parentalRequestSchema = z.object({
  childFiscalCode: fiscalCode(msg("Il codice fiscale del figlio non è valido: controlla di averlo scritto bene.")),
  declaration: z.literal("on", { error: msg("Per inviare la richiesta devi sottoscrivere la dichiarazione.") }),
});

export const delegationIdSchema = z.object({ delegationId: z.string().min(1).max(100) });

export const respondSchema = delegationIdSchema.extend({
  answer: z.enum(["ACCEPT", "DECLINE", "RENOUNCE"], { error: msg("Risposta non valida.") }),
});

export const confirmRequestSchema = delegationIdSchema.extend({
  sessionId: z.string().min(1).max(100),
  approve: z.enum(["true", "false"]).transform((value) => value === "true"),
});
