import { decodeProtectedHeader, exportJWK, generateKeyPair, importJWK, jwtVerify, type JWK } from "jose";
import { beforeAll, describe, expect, it } from "vitest";
import { parseEnv, type Env } from "@/lib/env";
import { entityConfiguration } from "./entity-configuration";
import { entityConfigurationUrl } from "./statements";

// The checks AgID's relying-party tool (spid-oidc-check-rp 1.1.x–1.3.x) applies to the portal's entity
// configuration, run against what the portal publishes for a production-like configuration.

const CLIENT_ID = "https://fse.regione.example.it";
const ANCHOR = "https://registry.spid.gov.it";

async function key(kid: string, use: "sig" | "enc", alg: string): Promise<JWK> {
  const { privateKey } = await generateKeyPair(alg, { extractable: true, modulusLength: 2048 });
  return { ...(await exportJWK(privateKey)), kid, use, alg };
}

let config: Env;
let source: Record<string, string>;
let federationKeys: JWK[];
let oidcKeys: JWK[];

beforeAll(async () => {
  federationKeys = [await key("fed-2026", "sig", "RS256"), await key("fed-2027", "sig", "RS256")];
  oidcKeys = [await key("core-sig-1", "sig", "RS256"), await key("core-enc-1", "enc", "RSA-OAEP-256")];
  const checkpointKey = await exportJWK((await generateKeyPair("ES256", { extractable: true })).privateKey);
  source = {
    NODE_ENV: "production",
    AUDIT_CHECKPOINT_KEY: JSON.stringify(checkpointKey),
    NEXTAUTH_URL: CLIENT_ID,
    NEXTAUTH_SECRET: "x".repeat(40),
    STORAGE_KEY: "ab".repeat(32),
    RP_PRIVATE_JWKS: JSON.stringify({ keys: oidcKeys }),
    RP_FEDERATION_JWKS: JSON.stringify({ keys: federationKeys }),
    OIDC_PROVIDERS: JSON.stringify([
      { id: "spid-poste", kind: "spid", name: "Poste ID", issuer: "https://posteid.poste.it" },
      { id: "cie", kind: "cie", name: "CIE", issuer: "https://oidc.idserver.servizicie.interno.gov.it" },
    ]),
    FEDERATION_TRUST_ANCHORS: JSON.stringify([{ entityId: ANCHOR, jwks: { keys: [{ kty: "RSA", kid: "ta1", n: "x", e: "AQAB" }] } }]),
    RP_AUTHORITY_HINTS: JSON.stringify([ANCHOR]),
    RP_TRUST_MARKS: JSON.stringify([{ id: `${ANCHOR}/openid_relying_party/public/`, trust_mark: "eyJhbGciOiJSUzI1NiJ9.e30.sig" }]),
    RP_CLIENT_NAME: "Fascicolo Sanitario Elettronico",
    RP_ORGANIZATION_NAME: "Regione di prova",
    RP_CONTACTS: JSON.stringify(["fse@pec.regione.example.it"]),
  };
  config = parseEnv(source);
});

async function published(settings = config) {
  const jwt = await entityConfiguration(settings);
  const header = decodeProtectedHeader(jwt);
  const claims = JSON.parse(Buffer.from(jwt.split(".")[1]!, "base64url").toString()) as Record<string, unknown> & {
    jwks: { keys: JWK[] };
    metadata: { openid_relying_party: Record<string, unknown> & { jwks: { keys: JWK[] } }; federation_entity: Record<string, unknown> };
  };
  return { jwt, header, claims };
}

describe("the portal's entity configuration (AgID check-rp metadata rules)", () => {
  it("is an entity statement whose signature verifies against the federation keys it publishes itself", async () => {
    const { jwt, header, claims } = await published();
    expect(header.typ).toBe("entity-statement+jwt");
    const signer = claims.jwks.keys.find((candidate) => candidate.kid === header.kid);
    expect(signer).toBeDefined();
    const { payload } = await jwtVerify(jwt, await importJWK(signer!, String(header.alg)), { issuer: CLIENT_ID, subject: CLIENT_ID });
    expect(Number(payload.exp)).toBeGreaterThan(Number(payload.iat));
    // Both federation keys are published (rotation), none of them private.
    expect(claims.jwks.keys.map((candidate) => candidate.kid)).toEqual(["fed-2026", "fed-2027"]);
    for (const published of claims.jwks.keys) expect(published).not.toHaveProperty("d");
  });

  it("has client_id an https URL without query or fragment, equal to iss, sub and the configuration's own address", async () => {
    const { claims } = await published();
    const rp = claims.metadata.openid_relying_party;
    const url = new URL(String(rp.client_id));
    expect(url.protocol).toBe("https:");
    expect(url.search + url.hash).toBe("");
    expect(rp.client_id).toBe(claims.iss);
    expect(claims.sub).toBe(claims.iss);
    expect(entityConfigurationUrl(String(rp.client_id))).toBe(`${CLIENT_ID}/.well-known/openid-federation`);
  });

  it("names its superiors and trust marks from the configuration", async () => {
    const { claims } = await published();
    expect(claims.authority_hints).toEqual([ANCHOR]);
    expect(claims.trust_marks).toEqual([{ id: `${ANCHOR}/openid_relying_party/public/`, trust_mark: "eyJhbGciOiJSUzI1NiJ9.e30.sig" }]);
    expect(claims.metadata.federation_entity.organization_name).toBe("Regione di prova");
  });

  it("declares the relying-party metadata SPID and CIE require", async () => {
    const rp = (await published()).claims.metadata.openid_relying_party;
    expect(rp.client_registration_types).toEqual(["automatic"]);
    expect(rp.client_name).toBe("Fascicolo Sanitario Elettronico");
    expect(rp.organization_name).toBe("Regione di prova");
    expect(rp.contacts).toEqual(["fse@pec.regione.example.it"]);
    expect(rp.response_types).toEqual(["code"]);
    expect(rp.grant_types).toContain("authorization_code");
    expect(rp.token_endpoint_auth_method).toBe("private_key_jwt");
    expect(["RS256", "RS512"]).toContain(rp.id_token_signed_response_alg);
    expect(["RS256", "RS512"]).toContain(rp.userinfo_signed_response_alg);
    expect(["RSA-OAEP", "RSA-OAEP-256"]).toContain(rp.userinfo_encrypted_response_alg);
    expect(["A128CBC-HS256", "A256CBC-HS512"]).toContain(rp.userinfo_encrypted_response_enc);
    // SPID OPs must not encrypt ID tokens: the portal does not ask for it.
    expect(rp).not.toHaveProperty("id_token_encrypted_response_alg");
  });

  it("lists one https redirect URI per provider: next-auth's callback", async () => {
    const rp = (await published()).claims.metadata.openid_relying_party;
    expect(rp.redirect_uris).toEqual([`${CLIENT_ID}/api/auth/callback/spid-poste`, `${CLIENT_ID}/api/auth/callback/cie`]);
    for (const uri of rp.redirect_uris as string[]) expect(new URL(uri).protocol).toBe("https:");
  });

  it("publishes a signing and an encryption key, each with a kid, and nothing private", async () => {
    const keys = (await published()).claims.metadata.openid_relying_party.jwks.keys;
    expect(keys.filter((candidate) => candidate.use === "sig" && candidate.kid)).toHaveLength(1);
    expect(keys.filter((candidate) => candidate.use === "enc" && candidate.kid)).toHaveLength(1);
    for (const published of keys) {
      expect(published).not.toHaveProperty("d");
      expect(published).not.toHaveProperty("p");
    }
    // The federation key is not one of the OIDC keys.
    const federationKids = federationKeys.map((candidate) => candidate.kid);
    for (const published of keys) expect(federationKids).not.toContain(published.kid);
  });

  it("during a rotation publishes old and new keys of both sets, and verifies whichever federation key signs", async () => {
    // README, "In produzione": the new keys are added beside the old ones; then the new federation key
    // moves first (the first key signs); the old ones go once the OPs' copies of the configuration expired.
    const newCore = [await key("core-sig-2", "sig", "RS256"), await key("core-enc-2", "enc", "RSA-OAEP-256")];
    const during = parseEnv({
      ...source,
      RP_PRIVATE_JWKS: JSON.stringify({ keys: [oidcKeys[0], newCore[0], oidcKeys[1], newCore[1]] }),
      RP_FEDERATION_JWKS: JSON.stringify({ keys: [federationKeys[1], federationKeys[0]] }),
    });
    const { jwt, header, claims } = await published(during);
    const core = claims.metadata.openid_relying_party.jwks.keys;
    expect(core.map((candidate) => [candidate.kid, candidate.use])).toEqual([["core-sig-1", "sig"], ["core-sig-2", "sig"], ["core-enc-1", "enc"], ["core-enc-2", "enc"]]);
    for (const published of core) expect(published).not.toHaveProperty("d");
    expect(claims.jwks.keys.map((candidate) => candidate.kid)).toEqual(["fed-2027", "fed-2026"]);
    expect(header.kid).toBe("fed-2027");
    const signer = claims.jwks.keys.find((candidate) => candidate.kid === header.kid)!;
    await expect(jwtVerify(jwt, await importJWK(signer, "RS256"), { issuer: CLIENT_ID })).resolves.toBeDefined();
    // An OP that still holds the configuration from before the rotation verifies with the old key only:
    // what it had then was signed by that key, and the old key stays published until it is dropped.
    const before = await published();
    expect(before.header.kid).toBe("fed-2026");
    expect(claims.jwks.keys.map((candidate) => candidate.kid)).toContain(before.header.kid);
  });
});
