import { decodeJwt, type JWTPayload } from "jose";
import {
  applyMetadataPolicy,
  asArray,
  ENTITY_STATEMENT_TYPE,
  entityConfigurationUrl,
  FederationError,
  fetchEntityStatement,
  verifyWithJwks,
  type FetchJwt,
  type Jwks,
  type Metadata,
  type MetadataPolicy,
  type TrustAnchor,
} from "./statements";

// How the portal comes to trust a SPID or CIE OP: the OP's entity configuration names a superior; the
// trust anchor configured here (whose keys are the only root of trust) vouches for the OP's federation
// keys in its subordinate statement; only then does the OP's self-signed configuration count, with the
// anchor's metadata policy applied. The OP's OIDC keys come from the resolved metadata.

export type ResolvedProvider = {
  issuer: string;
  metadata: Metadata;
  /** The OP's OIDC signing keys, as the verified chain gives them. */
  jwks: Jwks;
  organizationName?: string;
  logoUri?: string;
  /** The earliest expiry along the chain, in ms: the resolution is good until then. */
  expiresAt: number;
};

function decodeUnverified(jwt: string): JWTPayload {
  try {
    return decodeJwt(jwt);
  } catch {
    throw new FederationError("configurazione dell'entità non leggibile");
  }
}

async function fetchEndpointOf(anchor: TrustAnchor, get: FetchJwt): Promise<{ endpoint: string; exp: number }> {
  const configuration = await verifyWithJwks(await get(entityConfigurationUrl(anchor.entityId)), anchor.jwks, ENTITY_STATEMENT_TYPE);
  if (configuration.iss !== anchor.entityId || configuration.sub !== anchor.entityId) throw new FederationError("configurazione del trust anchor non sua");
  const federationEntity = (configuration as { metadata?: { federation_entity?: { federation_fetch_endpoint?: string } } }).metadata?.federation_entity;
  const endpoint = federationEntity?.federation_fetch_endpoint;
  if (!endpoint) throw new FederationError("il trust anchor non pubblica il federation_fetch_endpoint");
  return { endpoint, exp: configuration.exp! };
}

async function opKeysFrom(metadata: Metadata, federationKeys: Jwks, issuer: string, get: FetchJwt): Promise<Jwks> {
  const inline = metadata.jwks as Jwks | undefined;
  if (inline?.keys?.length) return inline;
  if (typeof metadata.signed_jwks_uri === "string") {
    const payload = await verifyWithJwks(await get(metadata.signed_jwks_uri), federationKeys);
    if (payload.iss !== issuer) throw new FederationError("signed_jwks_uri firmato da un'altra entità");
    const keys = (payload as { keys?: Jwks["keys"] }).keys;
    if (keys?.length) return { keys };
  }
  throw new FederationError("l'OP non pubblica chiavi nei metadati risolti (jwks o signed_jwks_uri)");
}

/** Builds and verifies the OP's trust chain up to one of the configured trust anchors; throws FederationError. */
export async function resolveProvider(issuer: string, anchors: TrustAnchor[], fetchJwt: FetchJwt = fetchEntityStatement, now = Date.now()): Promise<ResolvedProvider> {
  const configurationJwt = await fetchJwt(entityConfigurationUrl(issuer));
  const unverified = decodeUnverified(configurationJwt);
  if (unverified.iss !== issuer || unverified.sub !== issuer) throw new FederationError("iss e sub della configurazione devono essere l'issuer dell'OP");
  const hints = asArray((unverified as { authority_hints?: unknown }).authority_hints);
  const anchor = anchors.find((candidate) => hints.includes(candidate.entityId));
  if (!anchor) throw new FederationError("authority_hints non indica nessun trust anchor configurato");

  const { endpoint, exp: anchorExp } = await fetchEndpointOf(anchor, fetchJwt);
  const statementUrl = `${endpoint}${endpoint.includes("?") ? "&" : "?"}sub=${encodeURIComponent(issuer)}`;
  const statement = await verifyWithJwks(await fetchJwt(statementUrl), anchor.jwks, ENTITY_STATEMENT_TYPE);
  if (statement.iss !== anchor.entityId || statement.sub !== issuer) throw new FederationError("dichiarazione subordinata non emessa per questo OP");
  const federationKeys = (statement as { jwks?: Jwks }).jwks;
  if (!federationKeys?.keys?.length) throw new FederationError("la dichiarazione subordinata non riporta chiavi");
  // The OP's self-signature counts only with the keys the anchor vouched for.
  const configuration = await verifyWithJwks(configurationJwt, federationKeys, ENTITY_STATEMENT_TYPE);

  const entityMetadata = (configuration as { metadata?: Record<string, Metadata> }).metadata ?? {};
  const declared = entityMetadata.openid_provider;
  if (!declared) throw new FederationError("manca metadata.openid_provider");
  if (declared.issuer !== undefined && declared.issuer !== issuer) throw new FederationError("issuer dei metadati diverso dall'entità");
  const policy = (statement as { metadata_policy?: Record<string, MetadataPolicy> }).metadata_policy?.openid_provider;
  const metadata = applyMetadataPolicy({ ...declared, issuer }, policy);
  for (const endpointName of ["authorization_endpoint", "token_endpoint", "userinfo_endpoint"]) {
    if (typeof metadata[endpointName] !== "string") throw new FederationError(`manca ${endpointName} nei metadati dell'OP`);
  }
  const jwks = await opKeysFrom(metadata, federationKeys, issuer, fetchJwt);
  const expiresAt = Math.min(configuration.exp!, statement.exp!, anchorExp) * 1000;
  if (expiresAt <= now) throw new FederationError("la catena di fiducia è scaduta");
  const federationEntity = entityMetadata.federation_entity as { organization_name?: string; logo_uri?: string } | undefined;
  return { issuer, metadata, jwks, organizationName: federationEntity?.organization_name, logoUri: federationEntity?.logo_uri, expiresAt };
}
