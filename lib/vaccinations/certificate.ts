import { PDFDocument, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import { embedPortalFonts } from "@/lib/pdf/fonts";
import { formatDate, formatShortDate } from "@/lib/i18n/format";
import type { VaccinationItem } from "./types";

// The vaccination certificate: every vaccination on the record, in the page's order (the most recent
// first), with dose, lot and place, for school, work or travel. Each cell stays inside its column: dates
// are short (dd/mm/yyyy) and a long vaccine or place name wraps onto further lines of its row instead of
// running into the next column. Long histories continue on further pages, with the header repeated.

export type CertificateInput = {
  region: string;
  issuedAt: Date;
  person: { name: string; fiscalCode: string; birthDate: string };
  /** Most recent first, as listVaccinations returns them and the page shows them. */
  vaccinations: VaccinationItem[];
};

const INK = rgb(0.05, 0.05, 0.05);
const GREY = rgb(0.35, 0.35, 0.35);
const SIZE = 9;
const LINE = 11;
const ROW_GAP = 5;
const TOP = 790;
const BOTTOM = 70;

/** Each column's left edge and width in points; a cell's text never passes its width. */
export const CERTIFICATE_COLUMNS = [
  { title: "Data", x: 40, width: 56 },
  { title: "Vaccino", x: 102, width: 168 },
  { title: "Dose", x: 276, width: 28 },
  { title: "Lotto", x: 310, width: 84 },
  { title: "Luogo", x: 400, width: 155 },
] as const;

/** Breaks `text` into lines no wider than `width` at `size`, between words, and inside a word too long. */
function wrapToWidth(text: string, font: PDFFont, size: number, width: number): string[] {
  const fits = (candidate: string) => font.widthOfTextAtSize(candidate, size) <= width;
  const lines: string[] = [];
  let current = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const joined = current ? `${current} ${word}` : word;
    if (fits(joined)) {
      current = joined;
      continue;
    }
    if (current) lines.push(current);
    current = word;
    while (!fits(current)) {
      let cut = current.length - 1;
      while (cut > 1 && !fits(current.slice(0, cut))) cut--;
      lines.push(current.slice(0, cut));
      current = current.slice(cut);
    }
  }
  return current ? [...lines, current] : lines.length ? lines : ["-"];
}

export async function buildVaccinationCertificate({ region, issuedAt, person, vaccinations }: CertificateInput): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(`Certificato vaccinale - ${person.name}`);
  const { regular, bold } = await embedPortalFonts(pdf);
  let page: PDFPage = pdf.addPage([595, 842]);
  let y = TOP;
  const header = () => {
    for (const column of CERTIFICATE_COLUMNS) page.drawText(column.title, { x: column.x, y, size: SIZE, font: bold, color: INK });
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
  } else {
    page.drawText("Dalla vaccinazione più recente.", { x: 40, y, size: 9, font: regular, color: GREY });
    y -= 18;
    header();
  }
  for (const vaccination of vaccinations) {
    const texts = [
      formatShortDate(vaccination.administeredAt),
      vaccination.vaccineName,
      vaccination.doseNumber === null ? "-" : String(vaccination.doseNumber),
      vaccination.lot ?? "-",
      vaccination.facilityName,
    ];
    const cells = texts.map((text, index) => wrapToWidth(text, regular, SIZE, CERTIFICATE_COLUMNS[index]!.width));
    const height = Math.max(...cells.map((lines) => lines.length)) * LINE;
    if (y - height < BOTTOM) {
      page = pdf.addPage([595, 842]);
      y = TOP;
      header();
    }
    cells.forEach((lines, index) =>
      lines.forEach((line, number) => page.drawText(line, { x: CERTIFICATE_COLUMNS[index]!.x, y: y - number * LINE, size: SIZE, font: regular, color: INK })),
    );
    y -= height + ROW_GAP;
  }
  page.drawText(`Rilasciato il ${formatDate(issuedAt.toISOString())} dal Fascicolo Sanitario Elettronico, sulla base dei documenti vaccinali presenti.`, { x: 40, y: Math.min(y - 20, 50), size: 8, font: regular, color: GREY });
  return pdf.save();
}
