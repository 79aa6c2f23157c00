import { decodeProtectedHeader, exportJWK, generateKeyPair, jwtVerify, type JWK } from "jose";
import { beforeAll, describe, expect, it } from "vitest";
import { REQUESTED_CLAIMS } from "./providers";
import { AuthorizationRequestError, authorizationRedirect, requestObjectClaims } from "./request-object";

const CLIENT_ID = "https://fse.regione.example.it";
const ISSUER = "https://op.example.it";

let signingKey: JWK;
let verifyKey: CryptoKey;

beforeAll(async () => {
  const { privateKey, publicKey } = await generateKeyPair("RS256", { extractable: true });
  signingKey = { ...(await exportJWK(privateKey)), kid: "core-sig-1", alg: "RS256", use: "sig" };
  verifyKey = publicKey;
});

// What next-auth puts on the redirect to the portal's authorization step.
function nextAuthQuery(overrides: Record<string, string | null> = {}) {
  const base: Record<string, string> = {
    client_id: CLIENT_ID,
    response_type: "code",
    scope: "openid",
    redirect_uri: `${CLIENT_ID}/api/auth/callback/spid-test`,
    state: "s".repeat(43),
    nonce: "n".repeat(43),
    code_challenge: "c".repeat(43),
    code_challenge_method: "S256",
    prompt: "consent login",
    acr_values: "https://www.spid.gov.it/SpidL2",
    claims: JSON.stringify(REQUESTED_CLAIMS),
  };
  const query = new URLSearchParams(base);
  for (const [name, value] of Object.entries(overrides)) {
    if (value === null) query.delete(name);
    else query.set(name, value);
  }
  return query;
}

describe("the signed request object", () => {
  it("carries every claim the rules name, signed with the portal's key, and the plain parameters SPID repeats", async () => {
    const { url: target, claims: signed } = await authorizationRedirect({ query: nextAuthQuery(), clientId: CLIENT_ID, issuer: ISSUER, authorizationEndpoint: `${ISSUER}/authorization`, signingKey });
    expect(target.origin + target.pathname).toBe(`${ISSUER}/authorization`);
    expect(target.searchParams.get("client_id")).toBe(CLIENT_ID);
    expect(target.searchParams.get("response_type")).toBe("code");
    expect(target.searchParams.get("scope")).toBe("openid");
    expect(target.searchParams.get("code_challenge_method")).toBe("S256");
    // Nothing secret or attribute-revealing beside the object.
    expect(target.searchParams.get("nonce")).toBeNull();
    const request = target.searchParams.get("request")!;
    expect(decodeProtectedHeader(request)).toMatchObject({ alg: "RS256", kid: "core-sig-1" });
    const { payload } = await jwtVerify(request, verifyKey, { issuer: CLIENT_ID, audience: ISSUER, algorithms: ["RS256"] });
    expect(payload).toMatchObject({
      client_id: CLIENT_ID,
      response_type: "code",
      scope: "openid",
      redirect_uri: `${CLIENT_ID}/api/auth/callback/spid-test`,
      state: "s".repeat(43),
      nonce: "n".repeat(43),
      code_challenge: "c".repeat(43),
      code_challenge_method: "S256",
      prompt: "consent login",
      acr_values: "https://www.spid.gov.it/SpidL2",
      aud: ISSUER,
    });
    expect((payload.claims as typeof REQUESTED_CLAIMS).userinfo["https://attributes.eid.gov.it/fiscal_number"]).toEqual({ essential: true });
    expect(payload.jti).toMatch(/^[0-9a-f-]{36}$/);
    expect(Number(payload.exp) - Number(payload.iat)).toBeGreaterThan(0);
    expect(Number(payload.exp) - Number(payload.iat)).toBeLessThanOrEqual(900);
    expect(payload).not.toHaveProperty("sub");
    // What the protocol log records is exactly what was signed.
    expect(signed).toEqual(payload);
  });

  it("refuses a nonce or state shorter than 32 characters, a missing PKCE S256 challenge, another client_id", () => {
    const attempt = (overrides: Record<string, string | null>) => () => requestObjectClaims({ query: nextAuthQuery(overrides), clientId: CLIENT_ID, issuer: ISSUER });
    expect(attempt({ nonce: "short" })).toThrow(AuthorizationRequestError);
    expect(attempt({ state: "x".repeat(31) })).toThrow(/state/);
    expect(attempt({ code_challenge_method: "plain" })).toThrow(/S256/);
    expect(attempt({ code_challenge: null })).toThrow(/S256/);
    expect(attempt({ client_id: "https://altro.example.it" })).toThrow(/client_id/);
    expect(attempt({ response_type: "token" })).toThrow(/code/);
    expect(attempt({ claims: "{not json" })).toThrow(/JSON/);
  });

  it("gives each request its own jti", () => {
    const first = requestObjectClaims({ query: nextAuthQuery(), clientId: CLIENT_ID, issuer: ISSUER });
    const second = requestObjectClaims({ query: nextAuthQuery(), clientId: CLIENT_ID, issuer: ISSUER });
    expect(first.jti).not.toBe(second.jti);
  });
});
