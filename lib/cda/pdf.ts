import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef, type PDFObject } from "pdf-lib";
import { CdaError, MAX_CDA_BYTES, MAX_PDF_BYTES } from "./errors";
import { msg } from "@/lib/i18n/translate";

// Finds the CDA2 carried by an FSE PDF, in the two injection modes of the national gateway (guide §15.3.10):
// ATTACHMENT, as an embedded file (the EmbeddedFiles name tree, or a page's FileAttachment annotation), and
// RESOURCE, as the XFA resource of the catalogue's name dictionary (Names/XFAResources). PDF/A is not
// required (the official samples are plain PDF 1.4).

/** Where in the PDF a CDA was found. */
export type CdaPlacement = "EmbeddedFiles" | "FileAttachment" | "XFAResources";
export type PdfCda = { name: string; placement: CdaPlacement; bytes: Uint8Array };
/** The gateway's InjectionModeEnum. */
export type InjectionMode = "ATTACHMENT" | "RESOURCE";

const MODE_PLACEMENTS: Record<InjectionMode, CdaPlacement[]> = {
  ATTACHMENT: ["EmbeddedFiles", "FileAttachment"],
  RESOURCE: ["XFAResources"],
};

function resolve(document: PDFDocument, object: PDFObject | undefined): PDFObject | undefined {
  return object instanceof PDFRef ? document.context.lookup(object) : object;
}

function textOf(object: PDFObject | undefined, fallback: string): string {
  return object && "decodeText" in object ? String((object as { decodeText(): string }).decodeText()) : fallback;
}

// Decodes at most one byte past the limit, so a compressed stream that inflates without end (a "zip bomb")
// costs no more memory than a legitimate CDA.
function boundedBytes(stream: PDFRawStream): Uint8Array | null {
  if (stream.contents.byteLength > MAX_CDA_BYTES) return null;
  const filter = stream.dict.get(PDFName.of("Filter"));
  let bytes: Uint8Array | Uint8ClampedArray;
  try {
    bytes = filter ? decodePDFRawStream(stream).getBytes(MAX_CDA_BYTES + 1) : stream.contents;
  } catch {
    return null; // a filter pdf-lib cannot decode (an image codec, a broken stream): not a CDA
  }
  return bytes.byteLength > MAX_CDA_BYTES ? null : Uint8Array.from(bytes);
}

type Found = { name: string; placement: CdaPlacement; stream: PDFRawStream };

function fileSpecStream(document: PDFDocument, spec: PDFObject | undefined, placement: CdaPlacement): Found | null {
  const dict = resolve(document, spec);
  if (!(dict instanceof PDFDict)) return null;
  const embedded = resolve(document, dict.get(PDFName.of("EF")));
  if (!(embedded instanceof PDFDict)) return null;
  const stream = resolve(document, embedded.get(PDFName.of("UF")) ?? embedded.get(PDFName.of("F")));
  if (!(stream instanceof PDFRawStream)) return null;
  const name = textOf(resolve(document, dict.get(PDFName.of("UF")) ?? dict.get(PDFName.of("F"))), "allegato");
  return { name, placement, stream };
}

/** The values of a name tree (leaves' Names arrays and Kids), depth-bounded against reference loops. */
function nameTreeValues(document: PDFDocument, node: PDFObject | undefined, depth = 0): { key: string; value: PDFObject }[] {
  const dict = resolve(document, node);
  if (!(dict instanceof PDFDict) || depth > 20) return [];
  const values: { key: string; value: PDFObject }[] = [];
  const names = resolve(document, dict.get(PDFName.of("Names")));
  if (names instanceof PDFArray) {
    for (let i = 0; i + 1 < names.size(); i += 2) values.push({ key: textOf(resolve(document, names.get(i)), ""), value: names.get(i + 1) });
  }
  const kids = resolve(document, dict.get(PDFName.of("Kids")));
  if (kids instanceof PDFArray) {
    for (let i = 0; i < kids.size(); i++) values.push(...nameTreeValues(document, kids.get(i), depth + 1));
  }
  return values;
}

function annotationSpecs(document: PDFDocument): PDFObject[] {
  const specs: PDFObject[] = [];
  for (const page of document.getPages()) {
    const annotations = resolve(document, page.node.get(PDFName.of("Annots")));
    if (!(annotations instanceof PDFArray)) continue;
    for (let i = 0; i < annotations.size(); i++) {
      const annotation = resolve(document, annotations.get(i));
      const spec = annotation instanceof PDFDict ? annotation.get(PDFName.of("FS")) : undefined;
      if (spec && annotation instanceof PDFDict && annotation.get(PDFName.of("Subtype"))?.toString() === "/FileAttachment") specs.push(spec);
    }
  }
  return specs;
}

function candidates(document: PDFDocument): Found[] {
  const names = resolve(document, document.catalog.get(PDFName.of("Names")));
  const nameDict = names instanceof PDFDict ? names : null;
  const found: Found[] = [];
  for (const { value } of nameTreeValues(document, nameDict?.get(PDFName.of("EmbeddedFiles")))) {
    const item = fileSpecStream(document, value, "EmbeddedFiles");
    if (item) found.push(item);
  }
  for (const spec of annotationSpecs(document)) {
    const item = fileSpecStream(document, spec, "FileAttachment");
    if (item) found.push(item);
  }
  // XFAResources is a name tree whose values are the streams themselves (the gateway reads "datasets").
  for (const { key, value } of nameTreeValues(document, nameDict?.get(PDFName.of("XFAResources")))) {
    const stream = resolve(document, value);
    if (stream instanceof PDFRawStream) found.push({ name: key || "datasets", placement: "XFAResources", stream });
  }
  // The same embedded file is often both in the name tree and behind an annotation: it is one CDA.
  const seen = new Set<PDFRawStream>();
  return found.filter((item) => (seen.has(item.stream) ? false : (seen.add(item.stream), true)));
}

/** True when the bytes are XML whose root element is a ClinicalDocument (prolog and comments allowed). */
export function looksLikeCda(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString("utf8").replace(/^\uFEFF/, "");
  const withoutProlog = head.replace(/^\s*(<\?[\s\S]*?\?>\s*|<!--[\s\S]*?-->\s*)*/, "");
  return /^<([\w.-]+:)?ClinicalDocument[\s>/]/.test(withoutProlog);
}

async function loadPdf(pdf: Uint8Array): Promise<PDFDocument> {
  if (pdf.byteLength > MAX_PDF_BYTES) throw new CdaError("TOO_LARGE", `Il PDF supera il limite di ${MAX_PDF_BYTES / 1024 / 1024} MB.`);
  if (!isPdf(pdf)) throw new CdaError("NOT_PDF", msg("Il file non è un PDF."));
  try {
    return await PDFDocument.load(pdf, { ignoreEncryption: true, updateMetadata: false, throwOnInvalidObject: false });
  } catch {
    throw new CdaError("NOT_PDF", msg("Il PDF è danneggiato e non può essere letto."));
  }
}

export function isPdf(file: Uint8Array): boolean {
  return Buffer.from(file.subarray(0, 1024)).indexOf("%PDF-") >= 0;
}

/** Every CDA2 the PDF carries, as attachment or as XFA resource, in document order, each once. */
export async function listCdasInPdf(pdf: Uint8Array): Promise<PdfCda[]> {
  const document = await loadPdf(pdf);
  try {
    const result: PdfCda[] = [];
    for (const { name, placement, stream } of candidates(document)) {
      const bytes = boundedBytes(stream);
      if (bytes && looksLikeCda(bytes)) result.push({ name, placement, bytes });
    }
    return result;
  } catch {
    throw new CdaError("NOT_PDF", msg("Il PDF è danneggiato e non può essere letto."));
  }
}

/**
 * The CDA2 of an upload to the ingestion API, read as the gateway reads it: the file must be a PDF (the guide
 * accepts no bare XML in either mode) carrying exactly one CDA2 in the given injection mode.
 */
export async function cdaFromUpload(file: Uint8Array, mode: InjectionMode): Promise<Uint8Array> {
  const found = (await listCdasInPdf(file)).filter((cda) => MODE_PLACEMENTS[mode].includes(cda.placement));
  if (found.length === 0) throw new CdaError("NO_CDA_IN_PDF", msg("Il PDF non contiene un documento CDA2"));
  if (found.length > 1) throw new CdaError("MANY_CDA_IN_PDF", msg("Il PDF contiene più di un documento CDA2"));
  return found[0]!.bytes;
}

/** The first CDA2 attached to a PDF, whatever the mode: what the portal shows of a stored document. */
export async function extractCdaFromPdf(pdf: Uint8Array): Promise<Uint8Array> {
  const [first] = await listCdasInPdf(pdf);
  if (!first) throw new CdaError("NO_CDA_IN_PDF", msg("Il PDF non contiene un documento CDA2 allegato."));
  return first.bytes;
}

/** Reads a document file as FSE producers send it: a PDF with the CDA attached, or bare CDA XML. */
export async function cdaBytesOf(file: Uint8Array): Promise<Uint8Array> {
  return isPdf(file) ? extractCdaFromPdf(file) : file;
}
