import { fileResponse } from "@/lib/documents/file-response";
import { loadNotebookFile } from "@/lib/notebook/loaders";

type Context = { params: Promise<{ id: string }> };

/** A file the citizen put in their notebook; 404 when it is not on the record being consulted. */
export async function GET(request: Request, context: Context) {
  const { id } = await context.params;
  const file = /^[\w-]{1,100}$/.test(id) ? await loadNotebookFile(id) : null;
  return fileResponse(request, file && { title: file.title, contentType: file.type, hash: file.hash, clinicalDate: file.createdAt });
}
