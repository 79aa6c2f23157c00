import { entityConfiguration } from "@/lib/auth/federation/entity-configuration";
import { ENTITY_STATEMENT_MEDIA_TYPE } from "@/lib/auth/federation/statements";
import { env } from "@/lib/env";

// The portal's entity configuration: how SPID and CIE OPs register it through the federation.
export async function GET() {
  return new Response(await entityConfiguration(env()), {
    headers: { "Content-Type": ENTITY_STATEMENT_MEDIA_TYPE, "Cache-Control": "public, max-age=300" },
  });
}
