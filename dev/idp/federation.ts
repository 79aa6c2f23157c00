import { randomUUID } from "node:crypto";
import { decodeJwt, type JWTPayload } from "jose";
import {
  applyMetadataPolicy,
  asArray,
  ENTITY_STATEMENT_TYPE,
  entityConfigurationUrl,
  FederationError,
  fetchEntityStatement,
  publicJwk,
  TRUST_MARK_TYPE,
  verifyWithJwks,
  type FetchJwt,
  type Jwks,
  type Metadata,
  type MetadataPolicy,
  type TrustAnchor,
} from "../../lib/auth/federation/statements";

// The OP's automatic registration of a relying party, on the federation pieces the portal shares.

export {
  applyMetadataPolicy,
  ENTITY_STATEMENT_MEDIA_TYPE,
  ENTITY_STATEMENT_TYPE,
  entityConfigurationUrl,
  FederationError,
  fetchEntityStatement,
  publicJwk,
  signJwt,
  SIGNING_ALGS,
  TRUST_MARK_TYPE,
  verifyWithJwks,
  type FetchJwt,
  type Jwks,
  type Metadata,
  type MetadataPolicy,
  type TrustAnchor,
} from "../../lib/auth/federation/statements";

export type ResolvedRelyingParty = { metadata: Metadata; expiresAt: number };

/**
 * Automatic registration: the OP learns a relying party from the federation alone. The RP's entity
 * configuration must name the trust anchor, be signed with a key the anchor's subordinate statement
 * vouches for, carry a trust mark the anchor signed for it, and its metadata must survive the policy.
 */
export async function resolveRelyingParty(
  clientId: string,
  anchor: TrustAnchor,
  options: { trustMarkId: string; fetchJwt?: FetchJwt },
): Promise<ResolvedRelyingParty> {
  const get = options.fetchJwt ?? fetchEntityStatement;
  const configurationJwt = await get(entityConfigurationUrl(clientId));
  let unverified: JWTPayload;
  try {
    unverified = decodeJwt(configurationJwt);
  } catch {
    throw new FederationError("configurazione dell'entità non leggibile");
  }
  if (unverified.iss !== clientId || unverified.sub !== clientId) throw new FederationError("iss e sub della configurazione devono essere il client_id");
  const hints = asArray((unverified as { authority_hints?: unknown }).authority_hints);
  if (!hints.includes(anchor.entityId)) throw new FederationError("authority_hints non indica il trust anchor");

  const statementJwt = await get(`${anchor.entityId}/fetch?sub=${encodeURIComponent(clientId)}`);
  const statement = await verifyWithJwks(statementJwt, anchor.jwks, ENTITY_STATEMENT_TYPE);
  if (statement.iss !== anchor.entityId || statement.sub !== clientId) throw new FederationError("dichiarazione subordinata non emessa per questo client");
  const vouchedKeys = (statement as { jwks?: Jwks }).jwks;
  if (!vouchedKeys?.keys?.length) throw new FederationError("la dichiarazione subordinata non riporta chiavi");
  // The RP's self-signature must verify with the keys the anchor published for it, not with its own claim.
  const configuration = await verifyWithJwks(configurationJwt, vouchedKeys, ENTITY_STATEMENT_TYPE);

  const marks = asArray((configuration as { trust_marks?: unknown }).trust_marks) as { id?: string; trust_mark?: string }[];
  let marked = false;
  for (const mark of marks.filter((entry) => entry?.id === options.trustMarkId && typeof entry.trust_mark === "string")) {
    const payload = await verifyWithJwks(mark.trust_mark!, anchor.jwks, TRUST_MARK_TYPE).catch(() => null);
    if (payload && payload.iss === anchor.entityId && payload.sub === clientId && (payload as { id?: string }).id === options.trustMarkId) marked = true;
  }
  if (!marked) throw new FederationError("manca un trust mark valido del trust anchor");

  const declared = (configuration as { metadata?: Record<string, Metadata> }).metadata?.openid_relying_party;
  if (!declared) throw new FederationError("manca metadata.openid_relying_party");
  if (declared.client_id !== undefined && declared.client_id !== clientId) throw new FederationError("client_id dei metadati diverso dall'entità");
  const policy = (statement as { metadata_policy?: Record<string, MetadataPolicy> }).metadata_policy?.openid_relying_party;
  const metadata = applyMetadataPolicy(declared, policy);
  return { metadata, expiresAt: Math.min(configuration.exp!, statement.exp!) * 1000 };
}

/** The client metadata oidc-provider registers for a resolved RP: only what the federation said, plus SPID's musts. */
export function clientMetadataFrom(clientId: string, metadata: Metadata): Record<string, unknown> {
  const jwks = metadata.jwks as Jwks | undefined;
  const uses = new Set((jwks?.keys ?? []).map((key) => key.use));
  if (!uses.has("sig") || !uses.has("enc")) throw new FederationError("jwks deve contenere una chiave di firma e una di cifratura");
  if (!Array.isArray(metadata.redirect_uris) || metadata.redirect_uris.length === 0) throw new FederationError("mancano le redirect_uris");
  return {
    client_id: clientId,
    client_name: metadata.client_name,
    redirect_uris: metadata.redirect_uris,
    response_types: ["code"],
    grant_types: ["authorization_code"],
    token_endpoint_auth_method: "private_key_jwt",
    token_endpoint_auth_signing_alg: "RS256",
    request_object_signing_alg: "RS256",
    require_signed_request_object: true,
    id_token_signed_response_alg: metadata.id_token_signed_response_alg ?? "RS256",
    userinfo_signed_response_alg: metadata.userinfo_signed_response_alg ?? "RS256",
    userinfo_encrypted_response_alg: metadata.userinfo_encrypted_response_alg ?? "RSA-OAEP-256",
    userinfo_encrypted_response_enc: metadata.userinfo_encrypted_response_enc ?? "A256CBC-HS512",
    subject_type: "pairwise",
    jwks: { keys: jwks!.keys.map(publicJwk) },
  };
}

export function newJti(): string {
  return randomUUID();
}
