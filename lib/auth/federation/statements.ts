import { decodeProtectedHeader, importJWK, jwtVerify, SignJWT, type JWK, type JWTPayload } from "jose";

// OpenID Federation 1.0 pieces that the portal (resolving its OPs' trust chains, publishing its own entity
// configuration) and the local federation of dev/idp share: signing and verifying entity statements,
// fetching them, and the metadata policy operators.

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

export function asArray(value: unknown): unknown[] {
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

