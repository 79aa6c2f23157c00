import "server-only";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { documentStore } from "@/lib/storage/document-store";
import type { GatewayAnswer, IngestionContext } from "./operations";

// What the API's route handlers need: the context from the configuration, and the answer as a response.

export async function ingestionContext(): Promise<IngestionContext> {
  const config = env();
  return {
    database: await db(),
    store: documentStore(),
    // The tokens' audience is the service's base URL with its version, as the gateway's is.
    audience: `${config.NEXTAUTH_URL.replace(/\/$/, "")}${config.FSE_API_BASE_PATH}`,
    organizationId: config.FSE_ORGANIZATION_ID,
    maxFileBytes: Math.round(config.FSE_API_MAX_FILE_MB * 1024 * 1024),
  };
}

export function gatewayResponse(answer: GatewayAnswer): Response {
  const problem = answer.status >= 400;
  return new Response(JSON.stringify(answer.body), {
    status: answer.status,
    headers: { "Content-Type": problem ? "application/problem+json" : "application/json", "Cache-Control": "no-store" },
  });
}
