import { z } from "zod";
import { LOCALES } from "@/lib/i18n/locale";
import { msg } from "@/lib/i18n/translate";

// Contacts as people type them: an e-mail address, an Italian mobile number ("333 123 4567", "+39 333…").

/** "+39 333 123 4567" → "+393331234567"; null when it is not an Italian mobile number. */
export function normalizeMobile(raw: string): string | null {
  const digits = raw.replace(/[\s.\-/()]/g, "").replace(/^(\+39|0039)/, "");
  return /^3\d{8,9}$/.test(digits) ? `+39${digits}` : null;
}

export const requestCodeSchema = z.discriminatedUnion(
  "channel",
  [
    z.object({ channel: z.literal("EMAIL"), target: z.string().trim().toLowerCase().pipe(z.email({ error: msg("Scrivi un indirizzo e-mail valido, per esempio nome@esempio.it.") })) }),
    z.object({
      channel: z.literal("SMS"),
      target: z.string().transform((value, context) => {
        const mobile = normalizeMobile(value);
        if (!mobile) {
          context.addIssue({ code: "custom", message: msg("Scrivi un numero di cellulare italiano, per esempio 333 123 4567.") });
          return z.NEVER;
        }
        return mobile;
      }),
    }),
  ],
  { error: msg("Scegli se confermare l'e-mail o il cellulare.") },
);

export const confirmCodeSchema = z.object({
  verificationId: z.string().min(1).max(100),
  code: z.string().trim().regex(/^\d{6}$/, msg("Il codice ha 6 cifre.")),
});

export const removeContactSchema = z.object({ channel: z.enum(["EMAIL", "SMS"]) });

export const languageSchema = z.object({ lingua: z.enum(LOCALES, { error: msg("Scegli una delle lingue proposte.") }) });
