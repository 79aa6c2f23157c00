import { gatewayResponse, ingestionContext } from "@/lib/ingestion/loaders";
import { deleteDocument, replaceDocument } from "@/lib/ingestion/operations";

// Replacement (a new version of a validated CDA) and withdrawal of a published document.
export async function PUT(request: Request, { params }: { params: Promise<{ idDoc: string }> }) {
  return gatewayResponse(await replaceDocument(await ingestionContext(), request, (await params).idDoc, false));
}

export async function DELETE(request: Request, { params }: { params: Promise<{ idDoc: string }> }) {
  return gatewayResponse(await deleteDocument(await ingestionContext(), request, (await params).idDoc));
}
