import { fileResponse } from "@/lib/documents/file-response";
import { loadPatientDocumentFile } from "@/lib/professional/loaders";

type Context = { params: Promise<{ id: string; documentId: string }> };

export async function GET(request: Request, context: Context) {
  const { id, documentId } = await context.params;
  return fileResponse(request, await loadPatientDocumentFile(id, documentId));
}
