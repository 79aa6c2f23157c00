import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { CompactEncrypt, exportJWK, generateKeyPair, SignJWT, type JWK } from "jose";
import { Issuer, TokenSet } from "openid-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { identityFromClaims } from "./claims";
import { spidCieProvider, type SpidCieProfile } from "./providers";

// Userinfo as SPID and CIE send it: a JWT signed by the OP, then encrypted to the portal's encryption key.
// The client is built the way next-auth builds it from the provider; the OP is a small HTTP server.

const CLIENT_ID = "https://fse.regione.example.it";
let server: Server;
let issuer: string;
let opKey: { privateKey: CryptoKey; publicJwk: JWK };
let strangerKey: CryptoKey;
let rpEncPublic: CryptoKey;
let rpJwks: { keys: JWK[] };
let body = "";

async function userinfoJwt(claims: Record<string, unknown>, signer = opKey.privateKey, encrypt = true): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const jws = await new SignJWT({ iss: issuer, aud: CLIENT_ID, iat: now, exp: now + 300, jti: crypto.randomUUID(), ...claims })
    .setProtectedHeader({ alg: "RS256", kid: "op-core-1" })
    .sign(signer);
  if (!encrypt) return jws;
  return new CompactEncrypt(new TextEncoder().encode(jws)).setProtectedHeader({ alg: "RSA-OAEP-256", enc: "A256CBC-HS512", kid: "rp-enc-1", cty: "JWT" }).encrypt(rpEncPublic);
}

beforeAll(async () => {
  const op = await generateKeyPair("RS256", { extractable: true });
  opKey = { privateKey: op.privateKey, publicJwk: { ...(await exportJWK(op.publicKey)), kid: "op-core-1", alg: "RS256", use: "sig" } };
  strangerKey = (await generateKeyPair("RS256")).privateKey;
  const sig = await generateKeyPair("RS256", { extractable: true });
  const enc = await generateKeyPair("RSA-OAEP-256", { extractable: true });
  rpEncPublic = enc.publicKey;
  rpJwks = {
    keys: [
      { ...(await exportJWK(sig.privateKey)), kid: "rp-sig-1", alg: "RS256", use: "sig" },
      { ...(await exportJWK(enc.privateKey)), kid: "rp-enc-1", alg: "RSA-OAEP-256", use: "enc" },
    ],
  };
  server = createServer((request, response) => {
    if (request.url === "/jwks") {
      response.setHeader("Content-Type", "application/json");
      response.end(JSON.stringify({ keys: [opKey.publicJwk] }));
    } else if (request.url === "/userinfo") {
      response.setHeader("Content-Type", "application/jwt; charset=utf-8");
      response.end(body);
    } else {
      response.statusCode = 404;
      response.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function readUserinfo(idTokenSub: string): Promise<SpidCieProfile> {
  const provider = spidCieProvider(
    { id: "spid-test", kind: "spid", name: "SPID Test", issuer },
    { issuer, metadata: { userinfo_endpoint: `${issuer}/userinfo`, token_endpoint: `${issuer}/token`, authorization_endpoint: `${issuer}/authorization` }, jwks: { keys: [opKey.publicJwk] }, expiresAt: Date.now() + 3_600_000 },
    { clientId: CLIENT_ID, privateJwks: rpJwks, appUrl: CLIENT_ID },
  );
  const client = new new Issuer({ issuer, userinfo_endpoint: `${issuer}/userinfo`, jwks_uri: `${issuer}/jwks` }).Client(
    { client_id: CLIENT_ID, redirect_uris: [`${CLIENT_ID}/api/auth/callback/spid-test`], ...provider.client } as never,
    rpJwks as never,
  );
  const idToken = `${Buffer.from(JSON.stringify({ alg: "RS256" })).toString("base64url")}.${Buffer.from(JSON.stringify({ sub: idTokenSub })).toString("base64url")}.x`;
  const tokens = new TokenSet({ access_token: "opaque-at", token_type: "Bearer", id_token: idToken });
  const request = (provider.userinfo as { request: (context: unknown) => Promise<SpidCieProfile> }).request;
  return request({ client, tokens, provider });
}

describe("userinfo signed and encrypted", () => {
  it("is decrypted with the portal's key, verified with the OP's key, and yields the fiscal code", async () => {
    body = await userinfoJwt({ sub: "pairwise-1", given_name: "Mario", family_name: "Rossi", "https://attributes.eid.gov.it/fiscal_number": "TINIT-RSSMRA80A01H501U" });
    const claims = await readUserinfo("pairwise-1");
    expect(identityFromClaims(claims)).toEqual({ fiscalCode: "RSSMRA80A01H501U", subject: "pairwise-1", givenName: "Mario", familyName: "Rossi" });
  });

  it("refuses userinfo whose sub is not the ID token's", async () => {
    body = await userinfoJwt({ sub: "someone-else", "https://attributes.eid.gov.it/fiscal_number": "TINIT-RSSMRA80A01H501U" });
    await expect(readUserinfo("pairwise-1")).rejects.toThrow(/sub/);
  });

  it("refuses userinfo signed with a key the OP does not publish", async () => {
    body = await userinfoJwt({ sub: "pairwise-1" }, strangerKey);
    await expect(readUserinfo("pairwise-1")).rejects.toThrow();
  });

  it("refuses userinfo that is signed but not encrypted", async () => {
    body = await userinfoJwt({ sub: "pairwise-1" }, opKey.privateKey, false);
    await expect(readUserinfo("pairwise-1")).rejects.toThrow();
  });
});
