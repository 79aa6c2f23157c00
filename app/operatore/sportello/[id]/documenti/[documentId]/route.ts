import { fileResponse } from "@/lib/documents/file-response";
import { loadDeskDocumentFile } from "@/lib/desk/loaders";

type Context = { params: Promise<{ id: string; documentId: string }> };

export async function GET(request: Request, context: Context) {
  const { id, documentId } = await context.params;
  return fileResponse(request, await loadDeskDocumentFile(id, documentId));
}
