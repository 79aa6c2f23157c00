import { fileResponse, wantsDownload } from "@/lib/documents/file-response";
import { loadDocumentFile } from "@/lib/documents/loaders";

type Context = { params: Promise<{ id: string }> };

export async function GET(request: Request, context: Context) {
  const { id } = await context.params;
  return fileResponse(request, await loadDocumentFile(id, wantsDownload(request) ? "DOWNLOAD" : "VISUALIZZAZIONE"));
}
