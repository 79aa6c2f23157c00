import { loadDocumentFile } from "@/lib/documents/loaders";

type Context = { params: Promise<{ id: string }> };

// The original file, byte for byte: inline for the viewer, as an attachment with ?scarica=1.
export async function GET(request: Request, context: Context) {
  const { id } = await context.params;
  const download = new URL(request.url).searchParams.has("scarica");
  const file = await loadDocumentFile(id, download ? "DOWNLOAD" : "VISUALIZZAZIONE");
  if (!file) return new Response("Documento non trovato", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const name = `${file.clinicalDate.slice(0, 10)} ${file.title}`.replace(/[^\p{L}\p{N} ._-]/gu, "").slice(0, 120) + ".pdf";
  return new Response(new Uint8Array(file.bytes), {
    headers: {
      "Content-Type": file.contentType,
      "Content-Length": String(file.bytes.length),
      "Content-Disposition": `${download ? "attachment" : "inline"}; filename="documento.pdf"; filename*=UTF-8''${encodeURIComponent(name)}`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
