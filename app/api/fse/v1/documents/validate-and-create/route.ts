import { gatewayResponse, ingestionContext } from "@/lib/ingestion/loaders";
import { createDocument } from "@/lib/ingestion/operations";

// Validation and publication in one request.
export async function POST(request: Request) {
  return gatewayResponse(await createDocument(await ingestionContext(), request, true));
}
