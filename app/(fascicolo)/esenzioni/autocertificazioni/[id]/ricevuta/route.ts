import { fileResponse } from "@/lib/documents/file-response";
import { loadSelfCertificationReceipt } from "@/lib/exemptions/loaders";

type Context = { params: Promise<{ id: string }> };

/** The receipt of one income self-certification of the record being consulted; 404 when it is not there. */
export async function GET(request: Request, context: Context) {
  const { id } = await context.params;
  const receipt = /^[\w-]{1,100}$/.test(id) ? await loadSelfCertificationReceipt(id) : null;
  return fileResponse(request, receipt && { title: `Ricevuta autocertificazione ${receipt.code}`, contentType: "application/pdf", bytes: Buffer.from(receipt.bytes) });
}
