import { fileResponse } from "@/lib/documents/file-response";
import { loadPromemoria } from "@/lib/prescriptions/loaders";

type Context = { params: Promise<{ id: string }> };

/** The promemoria of one prescription of the record being consulted; 404 when it is not there. */
export async function GET(request: Request, context: Context) {
  const { id } = await context.params;
  const promemoria = /^[\w-]{1,100}$/.test(id) ? await loadPromemoria(id) : null;
  return fileResponse(request, promemoria && { title: `Promemoria ricetta ${promemoria.nre}`, contentType: "application/pdf", bytes: Buffer.from(promemoria.bytes) });
}
