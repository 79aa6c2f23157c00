import { gatewayResponse, ingestionContext } from "@/lib/ingestion/loaders";
import { createDocument } from "@/lib/ingestion/operations";

// The gateway's publication (create) of a document validated before with activity VALIDATION.
export async function POST(request: Request) {
  return gatewayResponse(await createDocument(await ingestionContext(), request, false));
}
