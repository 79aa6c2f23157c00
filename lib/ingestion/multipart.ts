import { IngestionProblem } from "./problem";

// The gateway's requests are multipart/form-data with two parts: `requestBody` (JSON) and `file` (the
// PDF). The body is read with a byte limit before anything parses it, so an oversized upload is refused
// without being held in memory whole.

/** Room for the JSON part and the multipart boundaries beside the file. */
const ENVELOPE_BYTES = 1024 * 1024;

export type MultipartUpload = { requestBody: unknown; file: Uint8Array };

async function readLimited(request: Request, limit: number, tooLarge: () => IngestionProblem): Promise<Buffer> {
  const declared = Number(request.headers.get("content-length") ?? "NaN");
  if (Number.isFinite(declared) && declared > limit) throw tooLarge();
  if (!request.body) return Buffer.alloc(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

function fileTooLarge(maxFileBytes: number): IngestionProblem {
  return new IngestionProblem("PAYLOAD_TOO_LARGE", `Il file supera il limite di ${Math.round((maxFileBytes / 1024 / 1024) * 10) / 10} MB.`);
}

function parseJsonPart(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new IngestionProblem("INVALID_FORMAT", "Il campo requestBody deve contenere un JSON valido.");
  }
}

/** Reads the two parts, refusing what the gateway refuses: a missing part, an empty file, a file that is not a PDF. */
export async function readMultipart(request: Request, maxFileBytes: number): Promise<MultipartUpload> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data\s*;\s*boundary=/i.test(contentType)) {
    throw new IngestionProblem("UNSUPPORTED_MEDIA_TYPE", "La richiesta deve essere multipart/form-data con le parti requestBody e file.");
  }
  const bytes = await readLimited(request, maxFileBytes + ENVELOPE_BYTES, () => fileTooLarge(maxFileBytes));
  let form: FormData;
  try {
    form = await new Response(new Uint8Array(bytes), { headers: { "content-type": contentType } }).formData();
  } catch {
    throw new IngestionProblem("INVALID_FORMAT", "Il corpo multipart della richiesta non è leggibile.");
  }
  const bodyPart = form.getAll("requestBody");
  const fileParts = form.getAll("file");
  if (bodyPart.length === 0) throw new IngestionProblem("MANDATORY_ELEMENT", "Il campo requestBody deve essere valorizzato.");
  if (fileParts.length === 0) throw new IngestionProblem("MANDATORY_ELEMENT", "Il campo file deve essere valorizzato.");
  if (bodyPart.length > 1 || fileParts.length > 1) throw new IngestionProblem("INVALID_FORMAT", "Le parti requestBody e file devono comparire una volta sola.");
  const body = bodyPart[0]!;
  const requestBody = parseJsonPart(typeof body === "string" ? body : await body.text());
  const filePart = fileParts[0]!;
  if (typeof filePart === "string") throw new IngestionProblem("INVALID_FORMAT", "La parte file deve contenere un file.");
  if (filePart.size > maxFileBytes) throw fileTooLarge(maxFileBytes);
  const file = new Uint8Array(await filePart.arrayBuffer());
  if (file.byteLength === 0) throw new IngestionProblem("EMPTY_FILE", "File vuoto.");
  // The gateway accepts only PDFs (the CDA travels inside, as attachment or as resource).
  if (Buffer.from(file.subarray(0, 1024)).indexOf("%PDF-") < 0) throw new IngestionProblem("DOCUMENT_TYPE", "Il documento non è pdf.");
  return { requestBody, file };
}

/** The JSON body of the metadata service (application/json, no file). */
export async function readJson(request: Request): Promise<unknown> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!/^application\/json\b/i.test(contentType)) throw new IngestionProblem("UNSUPPORTED_MEDIA_TYPE", "La richiesta deve essere application/json.");
  const bytes = await readLimited(request, ENVELOPE_BYTES, () => new IngestionProblem("PAYLOAD_TOO_LARGE", "Il corpo della richiesta supera 1 MB."));
  return parseJsonPart(Buffer.from(bytes).toString("utf8"));
}
