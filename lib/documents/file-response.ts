import { decideRange } from "@/lib/http/byte-range";
import type { BlobStore } from "@/lib/storage/blob-store";
import { documentStore } from "@/lib/storage/document-store";

// The HTTP answer for a document file: byte for byte, never cached, inline for the viewer or as an
// attachment with ?scarica=1; a plain 404 when the viewer may not have it. A stored file is streamed
// from the encrypted store, one chunk at a time, and a single Range is honoured (the PDF viewer asks
// for the pages it shows); a generated file (certificate, receipt) is sent from memory the same way.

type FileMeta = { title: string; contentType: string; clinicalDate?: string };
/** A file in the encrypted store, by the hash the gate authorised; it is opened only when answering. */
export type StoredFile = FileMeta & { hash: string };
/** A file generated for this request. */
export type GeneratedFile = FileMeta & { bytes: Uint8Array };
export type DocumentFile = StoredFile | GeneratedFile;

type FileReader = Pick<BlobStore, "size" | "open">;

export function wantsDownload(request: Request): boolean {
  return new URL(request.url).searchParams.has("scarica");
}

const EXTENSIONS: Record<string, string> = { "application/pdf": "pdf", "image/jpeg": "jpg", "image/png": "png" };

function dispositionOf(request: Request, file: FileMeta): string {
  const extension = EXTENSIONS[file.contentType] ?? "bin";
  const name = `${file.clinicalDate ? `${file.clinicalDate.slice(0, 10)} ` : ""}${file.title}`.replace(/[^\p{L}\p{N} ._-]/gu, "").slice(0, 120) + `.${extension}`;
  return `${wantsDownload(request) ? "attachment" : "inline"}; filename="documento.${extension}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/** The body source of either kind of file: its size, and its bytes from start to end (inclusive). */
async function sourceOf(file: DocumentFile, store: () => FileReader) {
  if ("bytes" in file) {
    const bytes = file.bytes;
    return { size: bytes.byteLength, body: (start: number, end: number) => Promise.resolve(new Uint8Array(bytes.subarray(start, end + 1))) };
  }
  const reader = store();
  const size = await reader.size(file.hash);
  return { size, body: (start: number, end: number) => reader.open(file.hash, size === 0 ? undefined : { start, end }) };
}

/**
 * Answers a file request. `store` is the encrypted store of stored files (the process-wide one unless a
 * test passes its own).
 */
export async function fileResponse(request: Request, file: DocumentFile | null, store: () => FileReader = documentStore): Promise<Response> {
  if (!file) return new Response("Documento non trovato", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const { size, body } = await sourceOf(file, store);
  const common = { "Accept-Ranges": "bytes", "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" };
  // No validators (ETag, Last-Modified) are sent, so an If-Range can never be confirmed: whole file.
  const range = request.headers.has("if-range") ? ({ kind: "full" } as const) : decideRange(request.headers.get("range"), size);
  if (range.kind === "unsatisfiable") {
    return new Response(null, { status: 416, headers: { ...common, "Content-Range": `bytes */${size}` } });
  }
  const { start, end } = range.kind === "partial" ? range : { start: 0, end: size - 1 };
  const headers = {
    ...common,
    "Content-Type": file.contentType,
    "Content-Length": String(end - start + 1),
    "Content-Disposition": dispositionOf(request, file),
    ...(range.kind === "partial" ? { "Content-Range": `bytes ${start}-${end}/${size}` } : {}),
  };
  return new Response(await body(start, end), { status: range.kind === "partial" ? 206 : 200, headers });
}
