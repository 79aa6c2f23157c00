import { exportJWK, generateKeyPair, type JWK } from "jose";
import { beforeAll, describe, expect, it } from "vitest";
import { applyMetadataPolicy, ENTITY_STATEMENT_TYPE, FederationError, publicJwk, resolveRelyingParty, signJwt, TRUST_MARK_TYPE } from "./federation";
import { RP_POLICY, trustMarkId } from "./trust-anchor";

const TA = "http://127.0.0.1:4003";
const RP = "http://localhost:3000";
const now = () => Math.floor(Date.now() / 1000);

async function key(kid: string, use = "sig", alg = "RS256"): Promise<JWK> {
  const { privateKey } = await generateKeyPair("RS256", { modulusLength: 2048, extractable: true });
  return { ...(await exportJWK(privateKey)), kid, use, alg };
}

let taKey: JWK, rpFedKey: JWK, otherKey: JWK, rpSig: JWK, rpEnc: JWK;
beforeAll(async () => {
  [taKey, rpFedKey, otherKey, rpSig, rpEnc] = await Promise.all([key("ta"), key("rp-fed"), key("intruder"), key("rp-sig"), key("rp-enc", "enc", "RSA-OAEP-256")]);
});

const rpMetadata = () => ({
  client_id: RP,
  client_name: "Fascicolo",
  redirect_uris: [`${RP}/api/auth/callback/spid-test`],
  response_types: ["code"],
  grant_types: ["authorization_code"],
  token_endpoint_auth_method: "private_key_jwt",
  userinfo_signed_response_alg: "RS256",
  userinfo_encrypted_response_alg: "RSA-OAEP-256",
  userinfo_encrypted_response_enc: "A256CBC-HS512",
  jwks: { keys: [publicJwk(rpSig), publicJwk(rpEnc)] },
});

type Variant = {
  configurationKey?: JWK;
  authorityHints?: string[];
  metadata?: Record<string, unknown>;
  trustMarkKey?: JWK;
  statementKey?: JWK;
  statementExp?: number;
  vouchedKey?: JWK;
};

/** A federation of one RP under one anchor, served from memory, with one thing changed per test. */
async function federation(variant: Variant = {}) {
  const mark = await signJwt({ iss: TA, sub: RP, id: trustMarkId(TA), iat: now(), exp: now() + 3600 }, variant.trustMarkKey ?? taKey, TRUST_MARK_TYPE);
  const configuration = await signJwt(
    {
      iss: RP,
      sub: RP,
      iat: now(),
      exp: now() + 3600,
      jwks: { keys: [publicJwk(rpFedKey)] },
      authority_hints: variant.authorityHints ?? [TA],
      trust_marks: [{ id: trustMarkId(TA), trust_mark: mark }],
      metadata: { openid_relying_party: variant.metadata ?? rpMetadata() },
    },
    variant.configurationKey ?? rpFedKey,
    ENTITY_STATEMENT_TYPE,
  );
  const statement = await signJwt(
    {
      iss: TA,
      sub: RP,
      iat: now() - 10,
      exp: variant.statementExp ?? now() + 3600,
      jwks: { keys: [publicJwk(variant.vouchedKey ?? rpFedKey)] },
      metadata_policy: { openid_relying_party: RP_POLICY },
    },
    variant.statementKey ?? taKey,
    ENTITY_STATEMENT_TYPE,
  );
  const documents = new Map([
    [`${RP}/.well-known/openid-federation`, configuration],
    [`${TA}/fetch?sub=${encodeURIComponent(RP)}`, statement],
  ]);
  return async (url: string) => {
    const document = documents.get(url);
    if (!document) throw new FederationError(`${url} ha risposto 404`);
    return document;
  };
}

const resolve = async (variant: Variant = {}) =>
  resolveRelyingParty(RP, { entityId: TA, jwks: { keys: [publicJwk(taKey)] } }, { trustMarkId: trustMarkId(TA), fetchJwt: await federation(variant) });

describe("automatic registration of the portal through the local trust anchor", () => {
  it("accepts a well-formed chain and returns the metadata after the anchor's policy", async () => {
    const { metadata, expiresAt } = await resolve();
    expect(metadata.redirect_uris).toEqual([`${RP}/api/auth/callback/spid-test`]);
    expect(metadata.subject_type).toBe("pairwise");
    expect(metadata.id_token_signed_response_alg).toBe("RS256");
    expect(expiresAt).toBeGreaterThan(Date.now());
  });

  it("refuses an entity configuration signed with a key the anchor does not vouch for", async () => {
    await expect(resolve({ configurationKey: otherKey })).rejects.toThrow(/chiave intruder sconosciuta/);
    await expect(resolve({ vouchedKey: otherKey })).rejects.toThrow(/sconosciuta/);
  });

  it("refuses a subordinate statement not signed by the pinned anchor key", async () => {
    await expect(resolve({ statementKey: otherKey })).rejects.toThrow(FederationError);
  });

  it("refuses an expired subordinate statement", async () => {
    await expect(resolve({ statementExp: now() - 60 })).rejects.toThrow(/firma o validità/);
  });

  it("refuses an RP whose authority hints do not name the anchor", async () => {
    await expect(resolve({ authorityHints: ["https://registry.example.org"] })).rejects.toThrow(/authority_hints/);
  });

  it("refuses an RP without a trust mark signed by the anchor", async () => {
    await expect(resolve({ trustMarkKey: otherKey })).rejects.toThrow(/trust mark/);
  });

  it("refuses metadata that violates the policy: client_secret authentication, no encrypted userinfo", async () => {
    await expect(resolve({ metadata: { ...rpMetadata(), token_endpoint_auth_method: "client_secret_basic" } })).rejects.toThrow(/token_endpoint_auth_method/);
    const withoutEncryption: Record<string, unknown> = rpMetadata();
    delete withoutEncryption.userinfo_encrypted_response_alg;
    await expect(resolve({ metadata: withoutEncryption })).rejects.toThrow(/userinfo_encrypted_response_alg/);
  });
});

describe("metadata policy operators", () => {
  it("value, add and default change the metadata; subset_of narrows it", () => {
    const result = applyMetadataPolicy(
      { scope: ["openid", "email"], contacts: ["a@example.org"] },
      { scope: { subset_of: ["openid", "offline_access"] }, contacts: { add: ["b@example.org"] }, subject_type: { value: "pairwise" }, application_type: { default: "web" } },
    );
    expect(result).toEqual({ scope: ["openid"], contacts: ["a@example.org", "b@example.org"], subject_type: "pairwise", application_type: "web" });
  });

  it("superset_of, one_of and essential refuse what is missing or not allowed", () => {
    expect(() => applyMetadataPolicy({ grant_types: ["refresh_token"] }, { grant_types: { superset_of: ["authorization_code"] } })).toThrow(/authorization_code/);
    expect(() => applyMetadataPolicy({ alg: "HS256" }, { alg: { one_of: ["RS256"] } })).toThrow(/non è tra quelli ammessi/);
    expect(() => applyMetadataPolicy({}, { jwks: { essential: true } })).toThrow(/jwks/);
    expect(() => applyMetadataPolicy({}, { jwks: { frobnicate: true } })).toThrow(/sconosciuto/);
  });
});
