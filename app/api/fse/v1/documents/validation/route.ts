import { gatewayResponse, ingestionContext } from "@/lib/ingestion/loaders";
import { validateDocument } from "@/lib/ingestion/operations";

// The gateway's validation: VERIFICA (check only) or VALIDATION (check, then publish with POST documents).
export async function POST(request: Request) {
  return gatewayResponse(await validateDocument(await ingestionContext(), request));
}
