import type { ConsentKind } from "./types";

/** The consents by their full name, as receipts and summaries print them. */
export const CONSENT_LABELS: Record<ConsentKind, string> = {
  CARE: "Consenso alla consultazione per la cura",
  EMERGENCY: "Consenso alla consultazione in emergenza",
  HEIGHTENED_PROTECTION: "Consenso per i documenti a maggior tutela",
};
