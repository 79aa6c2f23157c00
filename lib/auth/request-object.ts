import { randomUUID } from "node:crypto";
import { importJWK, SignJWT, type JWK } from "jose";

// The SPID/CIE authorization request as a signed request object. next-auth builds the plain request
// (state, nonce, PKCE challenge held in its cookies); the portal's own authorization step turns it into a
// request object signed with the portal's OIDC signing key, keeping as plain parameters only those the
// rules repeat outside it (client_id, response_type, scope), and sends the browser to the OP.

const LIFETIME_SECONDS = 120;
/** What goes into the object, taken from next-auth's request. */
const SIGNED_PARAMETERS = [
  "client_id", "response_type", "scope", "redirect_uri", "state", "nonce", "code_challenge", "code_challenge_method",
  "prompt", "acr_values", "claims", "ui_locales",
] as const;

export class AuthorizationRequestError extends Error {}

export type RequestObjectInput = { query: URLSearchParams; clientId: string; issuer: string; authorizationEndpoint: string; signingKey: JWK; now?: Date };

export function requestObjectClaims({ query, clientId, issuer, now = new Date() }: Omit<RequestObjectInput, "authorizationEndpoint" | "signingKey">): Record<string, unknown> {
  const claims: Record<string, unknown> = {};
  for (const name of SIGNED_PARAMETERS) {
    const value = query.get(name);
    if (value !== null) claims[name] = value;
  }
  if (claims.client_id !== clientId) throw new AuthorizationRequestError("client_id diverso da quello del portale");
  if (claims.response_type !== "code") throw new AuthorizationRequestError("response_type deve essere code");
  if (claims.code_challenge_method !== "S256" || typeof claims.code_challenge !== "string") throw new AuthorizationRequestError("manca la sfida PKCE S256");
  if (typeof claims.nonce !== "string" || claims.nonce.length < 32) throw new AuthorizationRequestError("nonce di almeno 32 caratteri");
  if (typeof claims.state !== "string" || claims.state.length < 32) throw new AuthorizationRequestError("state di almeno 32 caratteri");
  try {
    claims.claims = JSON.parse(String(claims.claims ?? "null"));
  } catch {
    throw new AuthorizationRequestError("claims non è JSON");
  }
  if (!claims.claims) throw new AuthorizationRequestError("mancano i claims richiesti");
  const iat = Math.floor(now.getTime() / 1000);
  return { ...claims, iss: clientId, aud: issuer, iat, exp: iat + LIFETIME_SECONDS, jti: randomUUID() };
}

/** Where to send the browser (the OP's authorization endpoint with the signed request object), and what it signed. */
export async function authorizationRedirect(input: RequestObjectInput): Promise<{ url: URL; claims: Record<string, unknown> }> {
  const claims = requestObjectClaims(input);
  const alg = input.signingKey.alg ?? "RS256";
  const request = await new SignJWT(claims)
    .setProtectedHeader({ alg, kid: input.signingKey.kid, typ: "oauth-authz-req+jwt" })
    .sign(await importJWK(input.signingKey, alg));
  const target = new URL(input.authorizationEndpoint);
  target.searchParams.set("client_id", input.clientId);
  target.searchParams.set("response_type", "code");
  target.searchParams.set("scope", String(claims.scope ?? "openid"));
  target.searchParams.set("code_challenge", String(claims.code_challenge));
  target.searchParams.set("code_challenge_method", "S256");
  target.searchParams.set("request", request);
  return { url: target, claims };
}
