import { gatewayResponse, ingestionContext } from "@/lib/ingestion/loaders";
import { updateMetadata } from "@/lib/ingestion/operations";

// The publication metadata of a document, changed at source.
export async function PUT(request: Request, { params }: { params: Promise<{ idDoc: string }> }) {
  return gatewayResponse(await updateMetadata(await ingestionContext(), request, (await params).idDoc));
}
