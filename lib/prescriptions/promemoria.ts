import bwipjs from "bwip-js/node";
import { PDFDocument, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import { embedPortalFonts } from "@/lib/pdf/fonts";
import { formatDate } from "@/lib/i18n/format";
import { wrapWords } from "@/lib/pdf/text";
import type { PrescriptionDetail } from "./types";

// The promemoria the citizen takes to the pharmacy or the booking desk, laid out like the national one
// (DM 2 novembre 2011): the NRE and the fiscal code as Code 39 barcodes that the pharmacy's scanner reads,
// the items, priority, exemption and prescriber. It carries no more health data than the paper one.

const INK = rgb(0.05, 0.05, 0.05);
const GREY = rgb(0.35, 0.35, 0.35);

/** A Code 39 barcode as PNG, wide enough for a counter scanner (module 0.5 mm at 300 dpi). */
async function code39(text: string): Promise<Uint8Array> {
  return bwipjs.toBuffer({ bcid: "code39", text, scale: 3, height: 9, includetext: false, paddingwidth: 10, paddingheight: 4, backgroundcolor: "FFFFFF" });
}

export type PromemoriaInput = {
  region: string;
  patient: { name: string; fiscalCode: string };
  prescription: PrescriptionDetail;
};

const KIND_TITLES = { PHARMACEUTICAL: "Prescrizione farmaceutica", SPECIALIST: "Prescrizione specialistica" } as const;
const PRIORITY_LABELS: Record<string, string> = {
  U: "U - Urgente (entro 72 ore)",
  B: "B - Breve (entro 10 giorni)",
  D: "D - Differibile (entro 30 giorni per le visite, 60 per gli esami)",
  P: "P - Programmata (entro 120 giorni)",
};

export async function buildPromemoriaPdf({ region, patient, prescription }: PromemoriaInput): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(`Promemoria ricetta ${prescription.nre}`);
  pdf.setSubject("Promemoria per l'assistito della ricetta elettronica");
  const { regular, bold } = await embedPortalFonts(pdf);
  const page = pdf.addPage([595, 842]);
  const text = (value: string, x: number, y: number, font: PDFFont = regular, size = 10, color = INK) => page.drawText(value, { x, y, size, font, color });

  page.drawRectangle({ x: 30, y: 440, width: 535, height: 372, borderColor: INK, borderWidth: 1 });
  text("SERVIZIO SANITARIO NAZIONALE", 42, 792, bold, 12);
  text(region.toUpperCase(), 42, 777, regular, 10);
  text("RICETTA ELETTRONICA - PROMEMORIA PER L'ASSISTITO", 290, 792, bold, 9);
  text(KIND_TITLES[prescription.kind], 290, 777, regular, 10);

  await drawBarcode(pdf, page, prescription.nre, "Codice NRE", 42, 712, bold);
  await drawBarcode(pdf, page, patient.fiscalCode, "Codice fiscale", 310, 712, bold);

  let y = 680;
  const row = (label: string, value: string) => {
    text(label, 42, y, regular, 8, GREY);
    text(value, 170, y, bold, 10);
    y -= 17;
  };
  row("Cognome e nome", patient.name.toUpperCase());
  row("Codice fiscale", patient.fiscalCode);
  row("Esenzione", prescription.exemptionCode ?? "Non esente");
  if (prescription.priority) row("Priorità", PRIORITY_LABELS[prescription.priority] ?? prescription.priority);
  if (prescription.diagnosis) row("Quesito diagnostico", prescription.diagnosis);

  y -= 6;
  page.drawLine({ start: { x: 42, y: y + 10 }, end: { x: 553, y: y + 10 }, thickness: 0.5, color: GREY });
  text("PRESCRIZIONE", 42, y - 4, bold, 9);
  text(prescription.kind === "PHARMACEUTICAL" ? "Codice AIC" : "Codice", 330, y - 4, bold, 9);
  text("Quantità", 490, y - 4, bold, 9);
  y -= 20;
  for (const item of prescription.items) {
    const lines = wrapWords(item.description, 52);
    for (const [index, part] of lines.entries()) text(part, 42, y - index * 12, regular, 10);
    text(item.code ?? "-", 330, y, regular, 10);
    text(String(item.quantity), 500, y, regular, 10);
    y -= 12 * Math.max(1, lines.length) + 6;
  }

  text(`Data: ${formatDate(prescription.issuedAt)}`, 42, 470, regular, 10);
  text(`Valida fino al: ${formatDate(prescription.expiresAt)}`, 42, 455, regular, 10);
  text(`Medico: ${prescription.prescriberName}`, 290, 470, regular, 10);
  text(prescription.prescriberRole, 290, 455, regular, 9, GREY);
  text("Il promemoria non sostituisce la ricetta: in farmacia o allo sportello basta il codice NRE con la tessera sanitaria.", 30, 420, regular, 8, GREY);
  return pdf.save();
}

async function drawBarcode(pdf: PDFDocument, page: PDFPage, value: string, label: string, x: number, y: number, font: PDFFont) {
  const image = await pdf.embedPng(await code39(value));
  const width = 240;
  page.drawText(label, { x, y: y + 50, size: 8, font, color: GREY });
  page.drawImage(image, { x, y, width, height: 44 });
  page.drawText(value, { x, y: y - 12, size: 10, font, color: INK });
}
