import { gatewayResponse, ingestionContext } from "@/lib/ingestion/loaders";
import { transactionStatus } from "@/lib/ingestion/operations";

// The events of one of the caller's transactions, by workflowInstanceId.
export async function GET(request: Request, { params }: { params: Promise<{ workflowInstanceId: string }> }) {
  return gatewayResponse(await transactionStatus(await ingestionContext(), request, { workflowInstanceId: (await params).workflowInstanceId }));
}
