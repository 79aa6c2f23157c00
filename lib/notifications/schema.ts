import { z } from "zod";
import { msg } from "@/lib/i18n/translate";

export const notificationPreferenceSchema = z.object({
  enabled: z.enum(["true", "false"], { error: msg("Scelta non riconosciuta.") }).transform((value) => value === "true"),
});
