import { PDFDocument, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import { embedPortalFonts } from "@/lib/pdf/fonts";
import { formatDate } from "@/lib/i18n/format";
import type { VaccinationItem } from "./types";

// The vaccination certificate: every vaccination on the record, oldest first as a booklet reads, with
// dose, lot and place, for school, work or travel. Long histories continue on further pages.

export type CertificateInput = {
  region: string;
  issuedAt: Date;
  person: { name: string; fiscalCode: string; birthDate: string };
  vaccinations: VaccinationItem[];
};

const INK = rgb(0.05, 0.05, 0.05);
const GREY = rgb(0.35, 0.35, 0.35);
const COLUMNS = [
  { title: "Data", x: 40 },
  { title: "Vaccino", x: 110 },
  { title: "Dose", x: 330 },
  { title: "Lotto", x: 370 },
  { title: "Luogo", x: 430 },
];

function fit(text: string, font: PDFFont, size: number, width: number): string {
  if (font.widthOfTextAtSize(text, size) <= width) return text;
  let cut = text;
  while (cut.length > 1 && font.widthOfTextAtSize(`${cut}...`, size) > width) cut = cut.slice(0, -1);
  return `${cut}...`;
}

export async function buildVaccinationCertificate({ region, issuedAt, person, vaccinations }: CertificateInput): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(`Certificato vaccinale - ${person.name}`);
  const { regular, bold } = await embedPortalFonts(pdf);
  let page: PDFPage = pdf.addPage([595, 842]);
  let y = 790;
  const header = () => {
    for (const column of COLUMNS) page.drawText(column.title, { x: column.x, y, size: 9, font: bold, color: INK });
    page.drawLine({ start: { x: 40, y: y - 4 }, end: { x: 555, y: y - 4 }, thickness: 0.5, color: GREY });
    y -= 18;
  };

  page.drawText("SERVIZIO SANITARIO NAZIONALE", { x: 40, y, size: 12, font: bold, color: INK });
  page.drawText(region.toUpperCase(), { x: 40, y: y - 15, size: 10, font: regular, color: INK });
  page.drawText("CERTIFICATO VACCINALE", { x: 380, y, size: 12, font: bold, color: INK });
  y -= 50;
  for (const [label, value] of [
    ["Cognome e nome", person.name],
    ["Codice fiscale", person.fiscalCode],
    ["Data di nascita", formatDate(person.birthDate)],
  ] as const) {
    page.drawText(label, { x: 40, y, size: 9, font: regular, color: GREY });
    page.drawText(value, { x: 150, y, size: 11, font: bold, color: INK });
    y -= 17;
  }
  y -= 14;
  if (vaccinations.length === 0) {
    page.drawText("Nel fascicolo non risultano vaccinazioni.", { x: 40, y, size: 11, font: regular, color: INK });
    y -= 20;
  } else header();
  for (const vaccination of [...vaccinations].reverse()) {
    if (y < 80) {
      page = pdf.addPage([595, 842]);
      y = 790;
      header();
    }
    const cells = [
      formatDate(vaccination.administeredAt),
      fit(vaccination.vaccineName, regular, 9, 210),
      vaccination.doseNumber === null ? "-" : String(vaccination.doseNumber),
      vaccination.lot ?? "-",
      fit(vaccination.facilityName, regular, 9, 125),
    ];
    cells.forEach((cell, index) => page.drawText(cell, { x: COLUMNS[index]!.x, y, size: 9, font: regular, color: INK }));
    y -= 15;
  }
  page.drawText(`Rilasciato il ${formatDate(issuedAt.toISOString())} dal Fascicolo Sanitario Elettronico, sulla base dei documenti vaccinali presenti.`, { x: 40, y: Math.min(y - 20, 60), size: 8, font: regular, color: GREY });
  return pdf.save();
}
