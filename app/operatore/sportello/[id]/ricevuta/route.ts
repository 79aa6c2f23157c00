import { loadDeskReceipt } from "@/lib/desk/loaders";
import { buildReceiptPdf } from "@/lib/desk/receipt";

type Context = { params: Promise<{ id: string }> };

/** The receipt of the whole session, or of one step with `?passo=<log number>`. */
export async function GET(request: Request, context: Context) {
  const { id } = await context.params;
  const stepParam = new URL(request.url).searchParams.get("passo");
  const step = stepParam !== null && /^\d{1,12}$/.test(stepParam) ? Number(stepParam) : null;
  const receipt = stepParam !== null && step === null ? null : await loadDeskReceipt(id, step);
  if (!receipt) return new Response("Ricevuta non disponibile: la sessione non esiste, è chiusa o l'operazione non le appartiene.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const pdf = await buildReceiptPdf({
    deskPoint: receipt.session.deskPoint,
    operatorName: receipt.operator.actor.displayName,
    citizenName: receipt.session.citizenName,
    citizenFiscalCode: receipt.session.citizenFiscalCode,
    identityDocument: receipt.session.identityDocument,
    startedAt: receipt.session.startedAt,
    operations: receipt.operations,
  });
  const name = step === null ? "ricevuta-sportello.pdf" : `ricevuta-sportello-${step}.pdf`;
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `inline; filename="${name}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
