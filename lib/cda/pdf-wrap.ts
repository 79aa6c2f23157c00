import { PDFDocument, StandardFonts } from "pdf-lib";

// A bare CDA2 made into the PDF the gateway expects (mode ATTACHMENT): a readable first page and the CDA
// attached as an embedded file. For facilities whose software produces only the XML, and for tests.

export async function wrapCdaInPdf(cdaXml: Uint8Array, title: string): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(title);
  const page = pdf.addPage([595, 842]);
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  // WinAnsi only: the title is shown without the characters the standard font cannot draw.
  const printable = title.replace(/[^\x20-\x7e\u00a0-\u00ff]/g, "?").slice(0, 90);
  page.drawText(printable, { x: 56, y: 780, size: 16, font });
  page.drawText("Documento CDA2 allegato (CDA.xml).", { x: 56, y: 750, size: 11, font });
  await pdf.attach(cdaXml, "CDA.xml", { mimeType: "text/xml", description: "CDA2", creationDate: new Date(0), modificationDate: new Date(0) });
  return pdf.save();
}
