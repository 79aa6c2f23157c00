import "server-only";
import { env, type OidcProviderConfig } from "@/lib/env";
import { FederationError } from "./statements";
import { resolveProvider, type ResolvedProvider } from "./trust-chain";

// Each OP's resolved trust chain, kept until the chain's earliest expiry (at most an hour, so a statement
// withdrawn by the anchor stops counting soon). A chain that does not verify is retried after a minute;
// meanwhile that OP is not offered.

const MAX_CACHE_MS = 3_600_000;
const RETRY_MS = 60_000;
const globalForChains = globalThis as unknown as { fascicoloChains?: Map<string, { resolved: ResolvedProvider | null; until: number }> };
const chains = (globalForChains.fascicoloChains ??= new Map());

export async function resolvedProvider(op: OidcProviderConfig, now = Date.now()): Promise<ResolvedProvider | null> {
  const hit = chains.get(op.id);
  if (hit && hit.until > now) return hit.resolved;
  try {
    const resolved = await resolveProvider(op.issuer, env().FEDERATION_TRUST_ANCHORS);
    chains.set(op.id, { resolved, until: Math.min(resolved.expiresAt, now + MAX_CACHE_MS) });
    return resolved;
  } catch (error) {
    const reason = error instanceof FederationError ? error.message : (error as Error).message;
    console.error(`[auth] ${op.name} (${op.issuer}) non offerto: catena di fiducia non verificata: ${reason}`);
    chains.set(op.id, { resolved: null, until: now + RETRY_MS });
    return null;
  }
}

/** The configured OPs whose chain verifies now, each with its resolution. */
export async function trustedProviders(): Promise<{ op: OidcProviderConfig; resolved: ResolvedProvider }[]> {
  const all = await Promise.all(env().providers.map(async (op) => ({ op, resolved: await resolvedProvider(op) })));
  return all.filter((entry): entry is { op: OidcProviderConfig; resolved: ResolvedProvider } => entry.resolved !== null);
}
