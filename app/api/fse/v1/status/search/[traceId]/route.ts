import { gatewayResponse, ingestionContext } from "@/lib/ingestion/loaders";
import { transactionStatus } from "@/lib/ingestion/operations";

// The events of one of the caller's transactions, by the traceID of any of its answers.
export async function GET(request: Request, { params }: { params: Promise<{ traceId: string }> }) {
  return gatewayResponse(await transactionStatus(await ingestionContext(), request, { traceId: (await params).traceId }));
}
