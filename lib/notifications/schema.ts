import { z } from "zod";

export const notificationPreferenceSchema = z.object({
  enabled: z.enum(["true", "false"], { error: "Scelta non riconosciuta." }).transform((value) => value === "true"),
});
