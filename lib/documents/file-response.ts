// The HTTP answer for a document file: byte for byte, never cached, inline for the viewer or as an
// attachment with ?scarica=1; a plain 404 when the viewer may not have it.

export type DocumentFile = { title: string; contentType: string; bytes: Buffer; clinicalDate?: string };

export function wantsDownload(request: Request): boolean {
  return new URL(request.url).searchParams.has("scarica");
}

const EXTENSIONS: Record<string, string> = { "application/pdf": "pdf", "image/jpeg": "jpg", "image/png": "png" };

export function fileResponse(request: Request, file: DocumentFile | null): Response {
  if (!file) return new Response("Documento non trovato", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const name = `${file.clinicalDate ? `${file.clinicalDate.slice(0, 10)} ` : ""}${file.title}`.replace(/[^\p{L}\p{N} ._-]/gu, "").slice(0, 120) + `.${EXTENSIONS[file.contentType] ?? "bin"}`;
  return new Response(new Uint8Array(file.bytes), {
    headers: {
      "Content-Type": file.contentType,
      "Content-Length": String(file.bytes.length),
      "Content-Disposition": `${wantsDownload(request) ? "attachment" : "inline"}; filename="documento.${EXTENSIONS[file.contentType] ?? "bin"}"; filename*=UTF-8''${encodeURIComponent(name)}`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
