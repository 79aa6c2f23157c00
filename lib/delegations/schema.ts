import { z } from "zod";
import { isValidFiscalCode, normalizeFiscalCode } from "@/lib/people/fiscal-code";

export const actForSchema = z.object({ subjectId: z.string().min(1).max(100) });

export const DELEGATION_AREAS = ["documenti", "accessi", "consensi"] as const;

export const registerDelegationSchema = z
  .object({
    sessionId: z.string().min(1).max(100),
    delegateFiscalCode: z
      .string()
      .transform(normalizeFiscalCode)
      .refine(isValidFiscalCode, "Il codice fiscale del delegato non è valido: controlla di averlo scritto bene."),
    kind: z.enum(["PARENT", "GUARDIAN", "TRUSTED"], { error: "Scegli il tipo di delega." }),
    courtDecree: z.string().trim().max(200, "Scrivi al massimo 200 caratteri.").optional(),
    endsAt: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Usa una data valida (giorno, mese e anno).").optional().or(z.literal("")),
    scope: z.array(z.enum(DELEGATION_AREAS)).default([]),
    canManage: z.literal("on").optional(),
  })
  .refine((value) => value.kind !== "TRUSTED" || value.scope.length > 0, { message: "Scegli almeno un'area per la persona di fiducia.", path: ["scope"] });
