import { msg } from "@/lib/i18n/translate";
import { z } from "zod";

export const CONSENT_KINDS = ["CARE", "EMERGENCY", "HEIGHTENED_PROTECTION"] as const;

export const changeConsentSchema = z.object({
  kind: z.enum(CONSENT_KINDS, { error: msg("Scelta non riconosciuta.") }),
  granted: z.enum(["true", "false"], { error: msg("Scelta non riconosciuta.") }).transform((value) => value === "true"),
  confirm: z.literal("on", { error: msg("Per procedere spunta la casella di conferma.") }),
});

export const reviewConsentsSchema = z.object({
  confirm: z.literal("on", { error: msg("Per procedere spunta la casella di conferma.") }),
});
