import { randomUUID } from "node:crypto";
import { decodeJwt, decodeProtectedHeader, importJWK, jwtVerify, SignJWT, type JWK, type JWTPayload } from "jose";

// OpenID Federation 1.0 pieces shared by the local trust anchor and the local OPs: signing entity
// statements, the metadata policy operators, and the OP's automatic registration of a relying party.

export const ENTITY_STATEMENT_TYPE = "entity-statement+jwt";
export const ENTITY_STATEMENT_MEDIA_TYPE = "application/entity-statement+jwt";
export const TRUST_MARK_TYPE = "trust-mark+jwt";
export const SIGNING_ALGS = ["RS256", "RS512"];

export type Jwks = { keys: JWK[] };
export type Metadata = Record<string, unknown>;
export type MetadataPolicy = Record<string, Record<string, unknown>>;

/** A federation refused to vouch for an entity: the message says why, in Italian, for the OP's log and error page. */
export class FederationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FederationError";
  }
}

export function publicJwk(jwk: JWK): JWK {
  const { kty, n, e, kid, use, alg } = jwk;
  return { kty, n, e, kid, use, alg };
}

export async function signJwt(payload: JWTPayload, privateJwk: JWK, typ: string): Promise<string> {
  const alg = privateJwk.alg ?? "RS256";
  const key = await importJWK(privateJwk, alg);
  return new SignJWT(payload).setProtectedHeader({ alg, kid: privateJwk.kid, typ }).sign(key);
}

/** Verifies a JWT against the key of `jwks` its header names; unknown kid, bad signature or expiry are refused. */
export async function verifyWithJwks(jwt: string, jwks: Jwks, typ?: string): Promise<JWTPayload> {
  let header;
  try {
    header = decodeProtectedHeader(jwt);
  } catch {
    throw new FederationError("dichiarazione non leggibile come JWT");
  }
  if (typ && header.typ !== typ) throw new FederationError(`tipo del JWT atteso ${typ}, ricevuto ${String(header.typ)}`);
  const jwk = jwks.keys.find((key) => key.kid === header.kid);
  if (!jwk) throw new FederationError(`chiave ${String(header.kid)} sconosciuta`);
  try {
    const { payload } = await jwtVerify(jwt, await importJWK(jwk, header.alg), { algorithms: SIGNING_ALGS, requiredClaims: ["iat", "exp"] });
    return payload;
  } catch (error) {
    throw new FederationError(`firma o validità non accettate (${(error as Error).message})`);
  }
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined ? [] : [value];
}

/**
 * Applies one entity type's metadata policy (OpenID Federation 1.0 §6.1.3.1): `value`, `add` and `default`
 * change the metadata, then `one_of`, `subset_of`, `superset_of` and `essential` check it. A violation throws.
 */
export function applyMetadataPolicy(metadata: Metadata, policy: MetadataPolicy | undefined): Metadata {
  const result: Metadata = { ...metadata };
  for (const [name, operators] of Object.entries(policy ?? {})) {
    for (const operator of Object.keys(operators)) {
      if (!["value", "add", "default", "one_of", "subset_of", "superset_of", "essential"].includes(operator)) {
        throw new FederationError(`operatore di policy sconosciuto: ${operator}`);
      }
    }
    if ("value" in operators) {
      if (operators.value === null) delete result[name];
      else result[name] = operators.value;
    }
    if ("add" in operators && result[name] !== undefined) {
      result[name] = [...new Set([...asArray(result[name]), ...asArray(operators.add)])];
    } else if ("add" in operators) {
      result[name] = asArray(operators.add);
    }
    if ("default" in operators && result[name] === undefined) result[name] = operators.default;
    const current = result[name];
    if (operators.essential === true && current === undefined) throw new FederationError(`manca il parametro obbligatorio ${name}`);
    if (current === undefined) continue;
    if ("one_of" in operators && !asArray(operators.one_of).includes(current)) {
      throw new FederationError(`${name}: il valore ${JSON.stringify(current)} non è tra quelli ammessi`);
    }
    if ("subset_of" in operators) {
      const allowed = asArray(operators.subset_of);
      const kept = asArray(current).filter((value) => allowed.includes(value));
      if (kept.length === 0) {
        if (operators.essential === true) throw new FederationError(`${name}: nessun valore ammesso`);
        delete result[name];
      } else result[name] = kept;
    }
    if ("superset_of" in operators) {
      const values = asArray(result[name]);
      const missing = asArray(operators.superset_of).filter((value) => !values.includes(value));
      if (missing.length > 0) throw new FederationError(`${name}: mancano i valori ${missing.join(", ")}`);
    }
  }
  return result;
}

export function entityConfigurationUrl(entityId: string): string {
  return `${entityId.replace(/\/$/, "")}/.well-known/openid-federation`;
}

export type TrustAnchor = { entityId: string; jwks: Jwks };
export type FetchJwt = (url: string) => Promise<string>;

/** GETs an entity statement; only a 200 with the entity-statement media type counts. */
export const fetchEntityStatement: FetchJwt = async (url) => {
  const response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
  if (!response.ok) throw new FederationError(`${url} ha risposto ${response.status}`);
  const type = response.headers.get("content-type") ?? "";
  if (!type.startsWith(ENTITY_STATEMENT_MEDIA_TYPE)) throw new FederationError(`${url}: tipo di contenuto ${type} non ammesso`);
  return (await response.text()).trim();
};

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
