import { createHash, randomBytes, randomUUID } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { compactDecrypt, createRemoteJWKSet, decodeJwt, exportJWK, generateKeyPair, importJWK, jwtVerify, SignJWT, type JWK } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENTITY_STATEMENT_TYPE, publicJwk, signJwt } from "./federation";
import { createOp } from "./provider";
import { createTrustAnchor, issueTrustMark, trustMarkId } from "./trust-anchor";

// The local OP against a relying party that exists only in this test: the whole federation path, in process.

async function key(kid: string, use = "sig", alg = "RS256"): Promise<JWK> {
  const { privateKey } = await generateKeyPair("RS256", { modulusLength: 2048, extractable: true });
  return { ...(await exportJWK(privateKey)), kid, use, alg };
}

async function listen(server: Server | { listen: Server["listen"] }): Promise<number> {
  const http = server as Server;
  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
  return (http.address() as AddressInfo).port;
}

const servers: Server[] = [];
let op = "", rp = "", rpSig: JWK, rpEnc: JWK;
const MARIO = "RSSMRA80A01H501U";

beforeAll(async () => {
  const [taKey, rpFed, opFed, opSig] = await Promise.all([key("ta"), key("rp-fed"), key("op-fed"), key("op-sig")]);
  [rpSig, rpEnc] = await Promise.all([key("rp-sig"), key("rp-enc", "enc", "RSA-OAEP-256")]);
  // Ports first, then the entity ids that name them.
  const rpServer = createServer();
  const taHolder = createServer();
  const rpPort = await listen(rpServer);
  const taPort = await listen(taHolder);
  taHolder.close();
  rp = `http://127.0.0.1:${rpPort}`;
  const ta = `http://127.0.0.1:${taPort}`;
  const opHolder = createServer();
  const opPort = await listen(opHolder);
  opHolder.close();
  op = `http://127.0.0.1:${opPort}`;

  const mark = await issueTrustMark({ entityId: ta, federationKey: taKey }, rp, "Regione di prova");
  rpServer.on("request", async (request, response) => {
    // Any entity under this origin answers with a well-formed configuration; only `rp` is known to the anchor.
    if (!request.url?.endsWith("/.well-known/openid-federation")) return void response.writeHead(404).end();
    const entity = rp + request.url.replace("/.well-known/openid-federation", "");
    const iat = Math.floor(Date.now() / 1000);
    const configuration = await signJwt(
      {
        iss: entity, sub: entity, iat, exp: iat + 600, jwks: { keys: [publicJwk(rpFed)] }, authority_hints: [ta],
        trust_marks: [{ id: trustMarkId(ta), trust_mark: mark }],
        metadata: {
          openid_relying_party: {
            client_name: "Fascicolo", redirect_uris: [`${rp}/cb`], response_types: ["code"], grant_types: ["authorization_code"],
            token_endpoint_auth_method: "private_key_jwt", userinfo_signed_response_alg: "RS256",
            userinfo_encrypted_response_alg: "RSA-OAEP-256", userinfo_encrypted_response_enc: "A256CBC-HS512",
            jwks: { keys: [publicJwk(rpSig), publicJwk(rpEnc)] },
          },
        },
      },
      rpFed,
      ENTITY_STATEMENT_TYPE,
    );
    response.writeHead(200, { "Content-Type": "application/entity-statement+jwt" }).end(configuration);
  });
  const anchor = createTrustAnchor({
    entityId: ta, federationKey: taKey, organizationName: "TA",
    subordinates: [
      { entityId: rp, entityTypes: ["openid_relying_party"], jwks: { keys: [publicJwk(rpFed)] } },
      { entityId: op, entityTypes: ["openid_provider"], jwks: { keys: [publicJwk(opFed)] } },
    ],
  });
  await new Promise<void>((resolve) => anchor.listen(taPort, "127.0.0.1", resolve));
  const provider = createOp({ kind: "cie", name: "CIE Test", issuer: op }, { anchor: { entityId: ta, jwks: { keys: [publicJwk(taKey)] } }, trustMarkId: trustMarkId(ta), federationKey: opFed }, opSig, "cookie-secret");
  const opServer = provider.listen(opPort, "127.0.0.1");
  await new Promise((resolve) => opServer.once("listening", resolve));
  servers.push(rpServer, anchor, opServer);
}, 30_000);

afterAll(() => {
  for (const server of servers) server.close();
});

const jar = new Map<string, string>();
async function browse(url: string, init: RequestInit = {}): Promise<Response> {
  const response = await fetch(new URL(url, op), { ...init, redirect: "manual", headers: { ...(init.headers as object), cookie: [...jar].map(([k, v]) => `${k}=${v}`).join("; ") } });
  for (const cookie of response.headers.getSetCookie()) {
    const [pair] = cookie.split(";");
    const at = pair!.indexOf("=");
    jar.set(pair!.slice(0, at), pair!.slice(at + 1));
  }
  return response;
}
const form = { "Content-Type": "application/x-www-form-urlencoded" };
const assertion = async (aud: string) =>
  new SignJWT({ iss: rp, sub: rp, aud, jti: randomUUID() }).setIssuedAt().setExpirationTime("5m").setProtectedHeader({ alg: "RS256", kid: rpSig.kid }).sign(await importJWK(rpSig, "RS256"));
const clientAuth = async (aud: string) => ({ client_id: rp, client_assertion_type: "urn:ietf:params:oauth:client-assertion-type:jwt-bearer", client_assertion: await assertion(aud) });

describe("a local CIE OP in the federation", () => {
  it("publishes its entity configuration under the trust anchor, with its keys inline and signed", async () => {
    const response = await fetch(`${op}/.well-known/openid-federation`);
    expect(response.headers.get("content-type")).toContain("application/entity-statement+jwt");
    const claims = decodeJwt(await response.text()) as { iss: string; metadata: { openid_provider: Record<string, unknown>; federation_entity: Record<string, unknown> } };
    expect(claims.iss).toBe(op);
    expect(claims.metadata.openid_provider).toMatchObject({
      issuer: op, signed_jwks_uri: `${op}/jwks.jose`, jwks_uri: `${op}/jwks`, revocation_endpoint: `${op}/revocation`,
      require_signed_request_object: true, userinfo_encryption_alg_values_supported: ["RSA-OAEP", "RSA-OAEP-256"],
      token_endpoint_auth_methods_supported: ["private_key_jwt"], client_registration_types_supported: ["automatic"],
    });
    expect(claims.metadata.federation_entity.organization_name).toBe("CIE Test");
  });

  it("refuses a client whose configuration looks right but that the trust anchor does not know", async () => {
    const response = await browse(`/authorization?client_id=${encodeURIComponent(`${rp}/intruder`)}&response_type=code&scope=openid`);
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("invalid_client");
  });

  it("registers the portal through the federation, requires a signed request object, encrypts userinfo and records the revocation", async () => {
    const verifier = randomBytes(32).toString("base64url");
    const challenge = createHash("sha256").update(verifier).digest("base64url");
    const state = randomBytes(32).toString("base64url");
    const nonce = randomBytes(32).toString("base64url");
    const plain = new URLSearchParams({ client_id: rp, response_type: "code", scope: "openid", code_challenge: challenge, code_challenge_method: "S256", redirect_uri: `${rp}/cb`, state, nonce });
    expect((await browse(`/authorization?${plain}`)).headers.get("location")).toContain("Request+Object+must+be+used");

    const request = await new SignJWT({
      iss: rp, client_id: rp, aud: op, response_type: "code", scope: "openid", redirect_uri: `${rp}/cb`, state, nonce,
      code_challenge: challenge, code_challenge_method: "S256", prompt: "consent login", acr_values: "https://www.spid.gov.it/SpidL2",
      claims: { userinfo: { given_name: { essential: true }, "https://attributes.eid.gov.it/fiscal_number": { essential: true } } }, jti: randomUUID(),
    }).setIssuedAt().setExpirationTime("1m").setProtectedHeader({ alg: "RS256", kid: rpSig.kid }).sign(await importJWK(rpSig, "RS256"));
    let response = await browse(`/authorization?${new URLSearchParams({ client_id: rp, response_type: "code", scope: "openid", code_challenge: challenge, code_challenge_method: "S256", request })}`);
    const login = response.headers.get("location")!;
    response = await browse(`${login}/login`, { method: "POST", headers: form, body: `fiscalCode=${MARIO}&acr=https://www.spid.gov.it/SpidL2` });
    response = await browse(response.headers.get("location")!);
    const consent = response.headers.get("location")!;
    response = await browse(`${consent}/consent`, { method: "POST", headers: form, body: "" });
    response = await browse(response.headers.get("location")!);
    const callback = new URL(response.headers.get("location")!);
    expect(callback.origin + callback.pathname).toBe(`${rp}/cb`);
    expect(callback.searchParams.get("iss")).toBe(op);
    expect(callback.searchParams.get("state")).toBe(state);

    const tokenResponse = await fetch(`${op}/token`, {
      method: "POST", headers: form,
      body: new URLSearchParams({ grant_type: "authorization_code", code: callback.searchParams.get("code")!, code_verifier: verifier, redirect_uri: `${rp}/cb`, ...(await clientAuth(`${op}/token`)) }),
    });
    const tokens = (await tokenResponse.json()) as { access_token: string; id_token: string };
    const opKeys = createRemoteJWKSet(new URL(`${op}/jwks`));
    const { payload: idToken } = await jwtVerify(tokens.id_token, opKeys, { issuer: op, audience: rp });
    expect(idToken).toMatchObject({ acr: "https://www.spid.gov.it/SpidL2", nonce });
    const atHash = createHash("sha256").update(tokens.access_token).digest().subarray(0, 16).toString("base64url");
    expect(idToken.at_hash).toBe(atHash);

    const userinfo = await fetch(`${op}/userinfo`, { headers: { Authorization: `Bearer ${tokens.access_token}` } });
    expect(userinfo.headers.get("content-type")).toContain("application/jwt");
    const { plaintext, protectedHeader } = await compactDecrypt(await userinfo.text(), await importJWK(rpEnc, "RSA-OAEP-256"));
    expect(protectedHeader).toMatchObject({ alg: "RSA-OAEP-256", enc: "A256CBC-HS512", kid: "rp-enc" });
    const { payload: claims } = await jwtVerify(new TextDecoder().decode(plaintext), opKeys, { issuer: op, audience: rp });
    expect(claims).toMatchObject({ sub: idToken.sub, "https://attributes.eid.gov.it/fiscal_number": `TINIT-${MARIO}` });

    const revocation = await fetch(`${op}/revocation`, { method: "POST", headers: form, body: new URLSearchParams({ token: tokens.access_token, token_type_hint: "access_token", ...(await clientAuth(`${op}/revocation`)) }) });
    expect(revocation.status).toBe(200);
    expect(await (await fetch(`${op}/_dev/revocations`)).json()).toEqual([expect.objectContaining({ clientId: rp, accountId: MARIO, tokenFound: true })]);
    expect((await fetch(`${op}/userinfo`, { headers: { Authorization: `Bearer ${tokens.access_token}` } })).status).toBe(401);
  });
});
