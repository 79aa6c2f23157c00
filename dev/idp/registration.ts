import type { Adapter, AdapterPayload } from "oidc-provider";
import { clientMetadataFrom, FederationError, resolveRelyingParty, type FetchJwt, type TrustAnchor } from "./federation";

// oidc-provider's Client adapter for automatic registration: a client is whatever the federation says
// about its client_id, resolved on first use and kept for a minute (or less, if the chain expires sooner).

const CACHE_MS = 60_000;

export function federationClientAdapter(
  anchor: TrustAnchor,
  trustMarkId: string,
  options: { fetchJwt?: FetchJwt; log?: (line: string) => void } = {},
): Adapter {
  const cache = new Map<string, { payload: AdapterPayload; until: number }>();
  const log = options.log ?? ((line: string) => console.error(line));
  const refuse = async () => {
    throw new Error("i client sono registrati solo attraverso la federazione");
  };
  return {
    async find(clientId) {
      const hit = cache.get(clientId);
      if (hit && hit.until > Date.now()) return hit.payload;
      cache.delete(clientId);
      if (!/^https?:\/\//.test(clientId)) return undefined;
      try {
        const resolved = await resolveRelyingParty(clientId, anchor, { trustMarkId, fetchJwt: options.fetchJwt });
        const payload = clientMetadataFrom(clientId, resolved.metadata) as AdapterPayload;
        cache.set(clientId, { payload, until: Math.min(resolved.expiresAt, Date.now() + CACHE_MS) });
        return payload;
      } catch (error) {
        const reason = error instanceof FederationError ? error.message : `federazione non raggiungibile (${(error as Error).message})`;
        log(`[idp] registrazione automatica rifiutata per ${clientId}: ${reason}`);
        return undefined;
      }
    },
    upsert: refuse,
    destroy: refuse,
    consume: refuse,
    findByUid: async () => undefined,
    findByUserCode: async () => undefined,
    revokeByGrantId: async () => undefined,
  };
}
