import { PDFDocument, rgb, StandardFonts, type PDFFont, type PDFPage } from "pdf-lib";
import type { CdaInput } from "./cda-builder";

// Lays the document out as a printable report and attaches its CDA2, as FSE producers publish them.

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    const candidate = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(candidate, size) > width && line) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

export async function buildPdf(input: CdaInput, cdaXml: string): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(input.title);
  pdf.setAuthor(input.facility.name);
  pdf.setCreationDate(input.date);
  pdf.setModificationDate(input.date);
  pdf.setProducer("Fascicolo demo");
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  let page: PDFPage = pdf.addPage([595, 842]);
  let y = 790;
  const write = (text: string, options: { font?: PDFFont; size?: number; indent?: number; color?: [number, number, number] } = {}) => {
    const font = options.font ?? regular;
    const size = options.size ?? 10.5;
    for (const line of wrap(text, font, size, 495 - (options.indent ?? 0))) {
      if (y < 60) {
        page = pdf.addPage([595, 842]);
        y = 790;
      }
      page.drawText(line, { x: 50 + (options.indent ?? 0), y, size, font, color: rgb(...(options.color ?? [0.1, 0.15, 0.25])) });
      y -= size * 1.45;
    }
  };
  write(input.facility.name, { font: bold, size: 13, color: [0, 0.3, 0.6] });
  y -= 6;
  write(input.title.toUpperCase(), { font: bold, size: 15 });
  y -= 4;
  const { patient } = input;
  write(`Paziente: ${patient.familyName} ${patient.givenName} - C.F. ${patient.fiscalCode} - nato/a il ${patient.birthDate.toISOString().slice(0, 10).split("-").reverse().join("/")}`);
  write(`Data: ${input.date.toLocaleString("it-IT", { timeZone: "Europe/Rome" })} - Versione ${input.version}`);
  y -= 8;
  for (const section of input.sections) {
    write(section.title, { font: bold, size: 12 });
    for (const paragraph of section.paragraphs) write(paragraph);
    if (section.table) {
      write(section.table.head.join("  |  "), { font: bold, size: 9.5, indent: 8 });
      for (const row of section.table.rows) write(row.join("  |  "), { size: 9.5, indent: 8 });
    }
    y -= 6;
  }
  y -= 10;
  write(`Firmato digitalmente da Dott. ${input.author.givenName} ${input.author.familyName}`, { size: 9, color: [0.3, 0.35, 0.4] });
  await pdf.attach(Buffer.from(cdaXml, "utf8"), "CDA.xml", {
    mimeType: "text/x-cda-r2+xml",
    description: "Documento CDA2",
    creationDate: input.date,
    modificationDate: input.date,
  });
  return pdf.save({ useObjectStreams: false });
}
