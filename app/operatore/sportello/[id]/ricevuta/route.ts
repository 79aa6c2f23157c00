import { loadDeskReceipt } from "@/lib/desk/loaders";
import { buildReceiptPdf } from "@/lib/desk/receipt";

type Context = { params: Promise<{ id: string }> };

export async function GET(_request: Request, context: Context) {
  const { id } = await context.params;
  const receipt = await loadDeskReceipt(id);
  if (!receipt) return new Response("Sessione non trovata", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const pdf = await buildReceiptPdf({
    deskPoint: receipt.session.deskPoint,
    operatorName: receipt.operator.actor.displayName,
    citizenName: receipt.session.citizenName,
    citizenFiscalCode: receipt.session.citizenFiscalCode,
    identityDocument: receipt.session.identityDocument,
    startedAt: receipt.session.startedAt,
    operations: receipt.operations,
  });
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `inline; filename="ricevuta-sportello.pdf"`,
      "Cache-Control": "private, no-store",
    },
  });
}
