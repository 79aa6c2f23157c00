import { msg } from "@/lib/i18n/translate";
import { z } from "zod";
import type { IncomeDeclaration } from "./rules";

// The self-certification form: each code asks only what its rule needs. Amounts are typed as people
// write them ("8.263,31", "8263.31", "8263") and kept in cents.

const REQUIRED = msg("Rispondi a questa domanda.");

/** Euro as typed in Italy, to cents; null when it is not an amount. */
export function parseEuroCents(raw: string): number | null {
  const value = raw.trim().replace(/\s|€/g, "");
  if (!/^\d{1,3}(\.\d{3})*(,\d{1,2})?$|^\d+([.,]\d{1,2})?$/.test(value)) return null;
  const normalized = /,\d{1,2}$/.test(value) || /^\d{1,3}(\.\d{3})+$/.test(value) ? value.replace(/\./g, "").replace(",", ".") : value.replace(",", ".");
  const cents = Math.round(Number(normalized) * 100);
  return Number.isSafeInteger(cents) && cents <= 100_000_000_000 ? cents : null;
}

const income = z
  .string({ error: msg("Indica il reddito complessivo del nucleo familiare fiscale.") })
  .trim()
  .min(1, msg("Indica il reddito complessivo del nucleo familiare fiscale."))
  .transform((value, context) => {
    const cents = parseEuroCents(value);
    if (cents === null) {
      context.addIssue({ code: "custom", message: msg("Scrivi un importo in euro, per esempio 8.263,31.") });
      return z.NEVER;
    }
    return cents;
  });
const yesNo = z.enum(["si", "no"], { error: REQUIRED }).transform((value) => value === "si");
const beneficiary = z.enum(["HOLDER", "DEPENDANT"], { error: msg("Indica per chi chiedi l'esenzione.") });
const children = z.coerce
  .number({ error: msg("Indica quanti figli sono a carico (0 se nessuno).") })
  .int(msg("Indica un numero intero."))
  .min(0, msg("Il numero non può essere negativo."))
  .max(20, msg("Controlla il numero dei figli a carico."));

const withIncome = { householdIncome: income, spouse: yesNo, dependentChildren: children };

export const incomeDeclarationSchema = z.discriminatedUnion("code", [
  z.object({ code: z.literal("E01"), householdIncome: income }),
  z.object({ code: z.literal("E02"), beneficiary, unemployedAfterWork: yesNo, ...withIncome }),
  z.object({ code: z.literal("E03"), beneficiary, socialAllowance: yesNo }),
  z.object({ code: z.literal("E04"), beneficiary, minimumPension: yesNo, holderAged60: yesNo.optional(), ...withIncome }),
], { error: msg("Scegli il codice di esenzione.") });

export const declarationFormSchema = incomeDeclarationSchema.and(z.object({ truthful: z.literal("on", { error: msg("Per inviare devi sottoscrivere la dichiarazione.") }) }));

/** The rule's input from the validated form. */
export function toDeclaration(form: z.infer<typeof incomeDeclarationSchema>): IncomeDeclaration {
  switch (form.code) {
    case "E01":
      return { code: "E01", householdIncomeCents: form.householdIncome };
    case "E02":
      return { code: "E02", beneficiary: form.beneficiary, unemployedAfterWork: form.unemployedAfterWork, householdIncomeCents: form.householdIncome, spouse: form.spouse, dependentChildren: form.dependentChildren };
    case "E03":
      return { code: "E03", beneficiary: form.beneficiary, socialAllowance: form.socialAllowance };
    case "E04":
      return {
        code: "E04",
        beneficiary: form.beneficiary,
        minimumPension: form.minimumPension,
        holderAged60: form.holderAged60 ?? false,
        householdIncomeCents: form.householdIncome,
        spouse: form.spouse,
        dependentChildren: form.dependentChildren,
      };
  }
}

export const selfCertificationIdSchema = z.object({ selfCertificationId: z.string().min(1).max(100) });

/** The words the citizen subscribes (DPR 445/2000, artt. 46-47 and 76). */
export const INCOME_DECLARATION_TEXT =
  msg("Dichiaro, ai sensi degli artt. 46 e 47 del DPR 445/2000 e consapevole delle sanzioni penali previste dall'art. 76 in caso di dichiarazioni mendaci e della decadenza dai benefici, che quanto indicato è vero. So che la ASL e l'Agenzia delle Entrate possono controllare questa dichiarazione.");
