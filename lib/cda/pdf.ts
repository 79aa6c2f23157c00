import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef, type PDFObject } from "pdf-lib";
import { CdaError, MAX_CDA_BYTES, MAX_PDF_BYTES } from "./errors";
import { msg } from "@/lib/i18n/translate";

// Finds the CDA2 attached to an FSE PDF: in the document's EmbeddedFiles name tree, or in a page's
// FileAttachment annotation. PDF/A is not required (the official samples are plain PDF 1.4).

type Attachment = { name: string; bytes: Uint8Array };

function resolve(document: PDFDocument, object: PDFObject | undefined): PDFObject | undefined {
  return object instanceof PDFRef ? document.context.lookup(object) : object;
}

function fileSpecBytes(document: PDFDocument, spec: PDFObject | undefined): Attachment | null {
  const dict = resolve(document, spec);
  if (!(dict instanceof PDFDict)) return null;
  const embedded = resolve(document, dict.get(PDFName.of("EF")));
  if (!(embedded instanceof PDFDict)) return null;
  const stream = resolve(document, embedded.get(PDFName.of("UF")) ?? embedded.get(PDFName.of("F")));
  if (!(stream instanceof PDFRawStream)) return null;
  const nameObject = resolve(document, dict.get(PDFName.of("UF")) ?? dict.get(PDFName.of("F")));
  const name = nameObject && "decodeText" in nameObject ? String((nameObject as { decodeText(): string }).decodeText()) : "allegato";
  if (stream.contents.byteLength > MAX_CDA_BYTES) return null;
  const bytes = decodePDFRawStream(stream).decode();
  if (bytes.byteLength > MAX_CDA_BYTES) return null;
  return { name, bytes };
}

function nameTreeSpecs(document: PDFDocument, node: PDFObject | undefined, depth = 0): PDFObject[] {
  const dict = resolve(document, node);
  if (!(dict instanceof PDFDict) || depth > 20) return [];
  const specs: PDFObject[] = [];
  const names = resolve(document, dict.get(PDFName.of("Names")));
  if (names instanceof PDFArray) {
    for (let i = 1; i < names.size(); i += 2) specs.push(names.get(i));
  }
  const kids = resolve(document, dict.get(PDFName.of("Kids")));
  if (kids instanceof PDFArray) {
    for (let i = 0; i < kids.size(); i++) specs.push(...nameTreeSpecs(document, kids.get(i), depth + 1));
  }
  return specs;
}

function annotationSpecs(document: PDFDocument): PDFObject[] {
  const specs: PDFObject[] = [];
  for (const page of document.getPages()) {
    const annotations = resolve(document, page.node.get(PDFName.of("Annots")));
    if (!(annotations instanceof PDFArray)) continue;
    for (let i = 0; i < annotations.size(); i++) {
      const annotation = resolve(document, annotations.get(i));
      if (annotation instanceof PDFDict && annotation.get(PDFName.of("Subtype"))?.toString() === "/FileAttachment") {
        specs.push(annotation.get(PDFName.of("FS"))!);
      }
    }
  }
  return specs;
}

function looksLikeCda(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.subarray(0, 4096)).toString("utf8").includes("ClinicalDocument");
}

export async function extractCdaFromPdf(pdf: Uint8Array): Promise<Uint8Array> {
  if (pdf.byteLength > MAX_PDF_BYTES) throw new CdaError("TOO_LARGE", `Il PDF supera il limite di ${MAX_PDF_BYTES / 1024 / 1024} MB.`);
  if (Buffer.from(pdf.subarray(0, 1024)).indexOf("%PDF-") < 0) throw new CdaError("NOT_PDF", msg("Il file non è un PDF."));
  let document: PDFDocument;
  try {
    document = await PDFDocument.load(pdf, { ignoreEncryption: true, updateMetadata: false, throwOnInvalidObject: false });
  } catch {
    throw new CdaError("NOT_PDF", msg("Il PDF è danneggiato e non può essere letto."));
  }
  try {
    const names = resolve(document, document.catalog.get(PDFName.of("Names")));
    const tree = names instanceof PDFDict ? names.get(PDFName.of("EmbeddedFiles")) : undefined;
    for (const spec of [...nameTreeSpecs(document, tree), ...annotationSpecs(document)]) {
      const attachment = fileSpecBytes(document, spec);
      if (attachment && looksLikeCda(attachment.bytes)) return attachment.bytes;
    }
  } catch {
    throw new CdaError("NOT_PDF", msg("Il PDF è danneggiato e non può essere letto."));
  }
  throw new CdaError("NO_CDA_IN_PDF", msg("Il PDF non contiene un documento CDA2 allegato."));
}

/** Reads a document file as FSE producers send it: a PDF with the CDA attached, or bare CDA XML. */
export async function cdaBytesOf(file: Uint8Array): Promise<Uint8Array> {
  const head = Buffer.from(file.subarray(0, 1024)).toString("latin1");
  return head.includes("%PDF-") ? extractCdaFromPdf(file) : file;
}
