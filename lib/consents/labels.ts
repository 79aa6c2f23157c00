import { msg } from "@/lib/i18n/translate";
import type { ConsentKind } from "./types";

/** The consents by their full name, as receipts and summaries print them. */
export const CONSENT_LABELS: Record<ConsentKind, string> = {
  CARE: msg("Consenso alla consultazione per la cura"),
  EMERGENCY: msg("Consenso alla consultazione in emergenza"),
  HEIGHTENED_PROTECTION: msg("Consenso per i documenti a maggior tutela"),
};
