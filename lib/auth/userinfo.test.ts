import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { CompactEncrypt, exportJWK, generateKeyPair, SignJWT, type JWK } from "jose";
import { Issuer, TokenSet } from "openid-client";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { identityFromClaims } from "./claims";
import { sha256, type ProtocolMessage } from "./protocol-log";
import { spidCieProvider, type SpidCieProfile } from "./providers";

// The protocol log's writer, replaced by a recorder: what the provider hands it is what would be written.
const logged = vi.hoisted(() => ({ messages: [] as ProtocolMessage[], available: true }));
vi.mock("./protocol-record", () => {
  const logProtocolMessage = async (message: ProtocolMessage) => {
    if (!logged.available) return false;
    logged.messages.push(message);
    return true;
  };
  return {
    logProtocolMessage,
    requireProtocolRow: async (message: ProtocolMessage) => {
      if (!(await logProtocolMessage(message))) throw new Error("PROTOCOL_LOG_UNAVAILABLE");
    },
  };
});
beforeEach(() => {
  logged.messages = [];
  logged.available = true;
});

// Userinfo as SPID and CIE send it: a JWT signed by the OP, then encrypted to the portal's encryption key.
// The client is built the way next-auth builds it from the provider; the OP is a small HTTP server.

const CLIENT_ID = "https://fse.regione.example.it";
let server: Server;
let issuer: string;
let opKey: { privateKey: CryptoKey; publicJwk: JWK };
let strangerKey: CryptoKey;
let rpEncPublic: CryptoKey;
/** A second encryption key, published beside the first during a rotation. */
let rpEncPublicNew: CryptoKey;
let rpJwks: { keys: JWK[] };
let body = "";

async function userinfoJwt(claims: Record<string, unknown>, signer = opKey.privateKey, encrypt = true, encryptTo = { key: () => rpEncPublic, kid: "rp-enc-1" }): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const jws = await new SignJWT({ iss: issuer, aud: CLIENT_ID, iat: now, exp: now + 300, jti: crypto.randomUUID(), ...claims })
    .setProtectedHeader({ alg: "RS256", kid: "op-core-1" })
    .sign(signer);
  if (!encrypt) return jws;
  return new CompactEncrypt(new TextEncoder().encode(jws)).setProtectedHeader({ alg: "RSA-OAEP-256", enc: "A256CBC-HS512", kid: encryptTo.kid, cty: "JWT" }).encrypt(encryptTo.key());
}

beforeAll(async () => {
  const op = await generateKeyPair("RS256", { extractable: true });
  opKey = { privateKey: op.privateKey, publicJwk: { ...(await exportJWK(op.publicKey)), kid: "op-core-1", alg: "RS256", use: "sig" } };
  strangerKey = (await generateKeyPair("RS256")).privateKey;
  const sig = await generateKeyPair("RS256", { extractable: true });
  const enc = await generateKeyPair("RSA-OAEP-256", { extractable: true });
  const encNew = await generateKeyPair("RSA-OAEP-256", { extractable: true });
  rpEncPublic = enc.publicKey;
  rpEncPublicNew = encNew.publicKey;
  rpJwks = {
    keys: [
      { ...(await exportJWK(sig.privateKey)), kid: "rp-sig-1", alg: "RS256", use: "sig" },
      { ...(await exportJWK(enc.privateKey)), kid: "rp-enc-1", alg: "RSA-OAEP-256", use: "enc" },
      { ...(await exportJWK(encNew.privateKey)), kid: "rp-enc-2", alg: "RSA-OAEP-256", use: "enc" },
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
  const idToken = `${Buffer.from(JSON.stringify({ alg: "RS256" })).toString("base64url")}.${Buffer.from(JSON.stringify({ sub: idTokenSub, nonce: NONCE })).toString("base64url")}.x`;
  const tokens = new TokenSet({ access_token: "opaque-at", token_type: "Bearer", id_token: idToken });
  const request = (provider.userinfo as { request: (context: unknown) => Promise<SpidCieProfile> }).request;
  return request({ client, tokens, provider });
}

const NONCE = "n".repeat(43);

describe("userinfo signed and encrypted", () => {
  it("is decrypted with the portal's key, verified with the OP's key, and yields the fiscal code", async () => {
    body = await userinfoJwt({ sub: "pairwise-1", given_name: "Mario", family_name: "Rossi", "https://attributes.eid.gov.it/fiscal_number": "TINIT-RSSMRA80A01H501U" });
    const claims = await readUserinfo("pairwise-1");
    expect(identityFromClaims(claims)).toEqual({ fiscalCode: "RSSMRA80A01H501U", subject: "pairwise-1", givenName: "Mario", familyName: "Rossi" });
    // The protocol log gets the response minimised, tied to the login by its nonce's hash.
    expect(logged.messages).toEqual([
      expect.objectContaining({ kind: "USERINFO_RESPONSE", outcome: "OK", provider: "spid-test", flowHash: sha256(NONCE), fiscalCode: "RSSMRA80A01H501U" }),
    ]);
    const detail = logged.messages[0]!.detail;
    expect(detail.attributes).toEqual(["family_name", "given_name", "https://attributes.eid.gov.it/fiscal_number"]);
    expect(JSON.stringify(detail)).not.toMatch(/Mario|Rossi/);
  });

  it("during a key rotation, decrypts userinfo encrypted to the new key as well as to the old one", async () => {
    const claims = { sub: "pairwise-1", "https://attributes.eid.gov.it/fiscal_number": "TINIT-RSSMRA80A01H501U" };
    body = await userinfoJwt(claims, opKey.privateKey, true, { key: () => rpEncPublicNew, kid: "rp-enc-2" });
    expect(identityFromClaims(await readUserinfo("pairwise-1"))?.fiscalCode).toBe("RSSMRA80A01H501U");
    body = await userinfoJwt(claims, opKey.privateKey, true, { key: () => rpEncPublic, kid: "rp-enc-1" });
    expect(identityFromClaims(await readUserinfo("pairwise-1"))?.fiscalCode).toBe("RSSMRA80A01H501U");
  });

  it("stops the login when its protocol row cannot be written", async () => {
    logged.available = false;
    body = await userinfoJwt({ sub: "pairwise-1", "https://attributes.eid.gov.it/fiscal_number": "TINIT-RSSMRA80A01H501U" });
    await expect(readUserinfo("pairwise-1")).rejects.toThrow("PROTOCOL_LOG_UNAVAILABLE");
  });

  it("refuses userinfo whose sub is not the ID token's", async () => {
    body = await userinfoJwt({ sub: "someone-else", "https://attributes.eid.gov.it/fiscal_number": "TINIT-RSSMRA80A01H501U" });
    await expect(readUserinfo("pairwise-1")).rejects.toThrow(/sub/);
    // A refused response is logged too, with what went wrong and no token.
    expect(logged.messages).toEqual([expect.objectContaining({ kind: "USERINFO_RESPONSE", outcome: "ERROR", flowHash: sha256(NONCE) })]);
    expect(JSON.stringify(logged.messages[0]!.detail)).not.toContain("opaque-at");
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
