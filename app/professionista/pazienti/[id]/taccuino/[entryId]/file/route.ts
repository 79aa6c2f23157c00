import { fileResponse } from "@/lib/documents/file-response";
import { loadPatientNotebookFile } from "@/lib/professional/loaders";

type Context = { params: Promise<{ id: string; entryId: string }> };

export async function GET(request: Request, context: Context) {
  const { id, entryId } = await context.params;
  const file = /^[\w-]{1,100}$/.test(entryId) ? await loadPatientNotebookFile(id, entryId) : null;
  return fileResponse(request, file);
}
