import { gatewayResponse, ingestionContext } from "@/lib/ingestion/loaders";
import { replaceDocument } from "@/lib/ingestion/operations";

// Validation and replacement in one request.
export async function PUT(request: Request, { params }: { params: Promise<{ idDoc: string }> }) {
  return gatewayResponse(await replaceDocument(await ingestionContext(), request, (await params).idDoc, true));
}
