import { PDFDocument, rgb } from "pdf-lib";
import { embedPortalFonts } from "@/lib/pdf/fonts";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import { wrapWords } from "@/lib/pdf/text";
import { formatEuro, incomeYear } from "./rules";
import { INCOME_DECLARATION_TEXT } from "./schema";
import type { SelfCertificationReceipt } from "./types";

// The receipt of an income self-certification: who declared what, for which period, under which rule.

const INK = rgb(0.05, 0.05, 0.05);
const GREY = rgb(0.35, 0.35, 0.35);

/** Each declared answer in the words of the form. */
export function declaredAnswers(declaration: Record<string, unknown>, periodStart: string): [string, string][] {
  const yes = (value: unknown) => (value ? "Sì" : "No");
  const year = incomeYear({ start: new Date(periodStart), end: new Date(periodStart) });
  const rows: [string, string][] = [];
  if (declaration.beneficiary) rows.push(["Richiesta per", declaration.beneficiary === "HOLDER" ? "il titolare" : "un familiare a carico del titolare"]);
  if ("unemployedAfterWork" in declaration) rows.push(["Disoccupato dopo aver lavorato", yes(declaration.unemployedAfterWork)]);
  if ("socialAllowance" in declaration) rows.push(["Titolare di assegno sociale", yes(declaration.socialAllowance)]);
  if ("minimumPension" in declaration) rows.push(["Titolare di pensione al minimo", yes(declaration.minimumPension)]);
  if (declaration.beneficiary === "DEPENDANT" && "holderAged60" in declaration) rows.push(["Titolare con almeno 60 anni", yes(declaration.holderAged60)]);
  if (typeof declaration.householdIncomeCents === "number") rows.push([`Reddito del nucleo familiare fiscale nel ${year}`, formatEuro(declaration.householdIncomeCents)]);
  if ("spouse" in declaration) rows.push(["Coniuge nel nucleo familiare fiscale", yes(declaration.spouse)]);
  if (typeof declaration.dependentChildren === "number") rows.push(["Figli a carico", String(declaration.dependentChildren)]);
  return rows;
}

/** When it holds: from the day it was declared (not the start of its yearly period) to the period's end. */
export function receiptDates(receipt: SelfCertificationReceipt): [string, string, string | null] {
  return [
    `Valida dal ${formatDate(receipt.declaredAt)} al ${formatDate(receipt.periodEnd)}`,
    `Dichiarata il ${formatDateTime(receipt.declaredAt)}`,
    receipt.revokedAt ? `Revocata il ${formatDateTime(receipt.revokedAt)}` : null,
  ];
}

export async function buildSelfCertificationReceipt(receipt: SelfCertificationReceipt): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(`Ricevuta autocertificazione ${receipt.code}`);
  const { regular, bold } = await embedPortalFonts(pdf);
  const page = pdf.addPage([595, 842]);
  let y = 790;
  const line = (text: string, font = regular, size = 10, color = INK, x = 50) => {
    page.drawText(text, { x, y, size, font, color });
    y -= size * 1.7;
  };
  line("Fascicolo Sanitario Elettronico", bold, 14);
  line(`Ricevuta di autocertificazione dell'esenzione ${receipt.code} per reddito`, bold, 12);
  y -= 6;
  line(`Assistito: ${receipt.person.name} - C.F. ${receipt.person.fiscalCode}`);
  line(`Esenzione: ${receipt.code} - ${receipt.description}`);
  const [validity, declared, revoked] = receiptDates(receipt);
  line(validity);
  line(declared);
  if (revoked) line(revoked, bold);
  y -= 8;
  line("Quanto dichiarato", bold, 11);
  for (const [label, value] of declaredAnswers(receipt.declaration, receipt.periodStart)) {
    page.drawText(label, { x: 50, y, size: 10, font: regular, color: GREY });
    line(value, bold, 10, INK, 330);
  }
  y -= 8;
  for (const text of wrapWords(INCOME_DECLARATION_TEXT, 100)) line(text, regular, 9, GREY);
  return pdf.save();
}
