import { PDFDocument, rgb } from "pdf-lib";
import { embedPortalFonts } from "@/lib/pdf/fonts";
import { CONSENT_LABELS } from "@/lib/consents/labels";
import type { ConsentOverview } from "@/lib/consents/types";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import type { ProfileView } from "./types";

// A one-page summary of what the citizen chose: contacts, notifications and consents, for their records.

export async function buildChoicesSummary({ profile, consents, issuedAt }: { profile: ProfileView; consents: ConsentOverview; issuedAt: Date }): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle("Riepilogo delle scelte");
  const { regular, bold } = await embedPortalFonts(pdf);
  const page = pdf.addPage([595, 842]);
  let y = 790;
  const line = (text: string, font = regular, size = 11) => {
    page.drawText(text, { x: 50, y, size, font, color: rgb(0.05, 0.05, 0.05) });
    y -= size * 1.7;
  };
  line("Fascicolo Sanitario Elettronico", bold, 14);
  line("Riepilogo delle tue scelte", bold, 13);
  line(`${profile.name} - C.F. ${profile.fiscalCode} - al ${formatDateTime(issuedAt)}`);
  y -= 10;
  line("Contatti", bold, 12);
  line(`E-mail: ${profile.email ? `${profile.email}${profile.emailVerified ? " (confermata)" : " (da confermare)"}` : "non indicata"}`);
  line(`Cellulare: ${profile.phone ? `${profile.phone}${profile.phoneVerified ? " (confermato)" : " (da confermare)"}` : "non indicato"}`);
  line(`Notifiche: ${profile.notificationsEnabled ? "attive" : "disattivate"}`);
  y -= 10;
  line("Consensi", bold, 12);
  for (const status of consents.current) {
    line(`${CONSENT_LABELS[status.kind]}: ${status.granted ? "dato" : "non dato"}${status.since ? ` dal ${formatDate(status.since)}` : ""}`);
  }
  y -= 10;
  line("Puoi cambiare queste scelte in ogni momento dal Fascicolo o a un Punto Assistiti Salute.", regular, 9);
  return pdf.save();
}
