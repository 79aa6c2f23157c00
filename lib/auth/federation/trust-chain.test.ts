import { exportJWK, generateKeyPair, type JWK } from "jose";
import { beforeAll, describe, expect, it } from "vitest";
import { applyMetadataPolicy, FederationError, signJwt, ENTITY_STATEMENT_TYPE, type Jwks } from "./statements";
import { resolveProvider } from "./trust-chain";

// A federation in memory: a trust anchor, one OP, statements signed with keys made here. Each test breaks
// one link and expects the OP to be refused.

const TA = "https://ta.example.it";
const OP = "https://op.example.it";
const FETCH = `${TA}/fetch`;

async function rsaKey(kid: string, use: "sig" | "enc" = "sig"): Promise<{ privateJwk: JWK; publicJwk: JWK }> {
  const { privateKey, publicKey } = await generateKeyPair("RS256", { extractable: true });
  const base = { kid, alg: "RS256", use };
  return { privateJwk: { ...(await exportJWK(privateKey)), ...base }, publicJwk: { ...(await exportJWK(publicKey)), ...base } };
}

let taKey: Awaited<ReturnType<typeof rsaKey>>;
let opFedKey: Awaited<ReturnType<typeof rsaKey>>;
let opCoreKey: Awaited<ReturnType<typeof rsaKey>>;
let intruderKey: Awaited<ReturnType<typeof rsaKey>>;
const now = () => Math.floor(Date.now() / 1000);

beforeAll(async () => {
  [taKey, opFedKey, opCoreKey, intruderKey] = await Promise.all([rsaKey("ta-1"), rsaKey("op-fed-1"), rsaKey("op-core-1"), rsaKey("op-fed-1")]);
});

type Overrides = {
  opConfiguration?: Record<string, unknown>;
  opSigner?: JWK;
  statement?: Record<string, unknown>;
  statementSigner?: JWK;
  anchorConfiguration?: Record<string, unknown>;
};

async function federation(overrides: Overrides = {}) {
  const iat = now();
  const opMetadata = {
    issuer: OP,
    authorization_endpoint: `${OP}/authorization`,
    token_endpoint: `${OP}/token`,
    userinfo_endpoint: `${OP}/userinfo`,
    revocation_endpoint: `${OP}/revocation`,
    jwks: { keys: [opCoreKey.publicJwk] },
    acr_values_supported: ["https://www.spid.gov.it/SpidL1", "https://www.spid.gov.it/SpidL2"],
    token_endpoint_auth_methods_supported: ["private_key_jwt"],
  };
  const documents: Record<string, string> = {
    [`${TA}/.well-known/openid-federation`]: await signJwt(
      { iss: TA, sub: TA, iat, exp: iat + 3600, jwks: { keys: [taKey.publicJwk] }, metadata: { federation_entity: { federation_fetch_endpoint: FETCH } }, ...overrides.anchorConfiguration },
      taKey.privateJwk,
      ENTITY_STATEMENT_TYPE,
    ),
    [`${OP}/.well-known/openid-federation`]: await signJwt(
      {
        iss: OP, sub: OP, iat, exp: iat + 7200, authority_hints: [TA], jwks: { keys: [opFedKey.publicJwk] },
        metadata: { openid_provider: opMetadata, federation_entity: { organization_name: "OP di prova", logo_uri: `${OP}/logo.svg` } },
        ...overrides.opConfiguration,
      },
      overrides.opSigner ?? opFedKey.privateJwk,
      ENTITY_STATEMENT_TYPE,
    ),
    [`${FETCH}?sub=${encodeURIComponent(OP)}`]: await signJwt(
      {
        iss: TA, sub: OP, iat, exp: iat + 1800, jwks: { keys: [opFedKey.publicJwk] },
        metadata_policy: { openid_provider: { token_endpoint_auth_methods_supported: { subset_of: ["private_key_jwt"], essential: true }, acr_values_supported: { superset_of: ["https://www.spid.gov.it/SpidL2"] }, subject_types_supported: { default: ["pairwise"] } } },
        ...overrides.statement,
      },
      overrides.statementSigner ?? taKey.privateJwk,
      ENTITY_STATEMENT_TYPE,
    ),
  };
  const fetched: string[] = [];
  const fetchJwt = async (url: string) => {
    fetched.push(url);
    const document = documents[url];
    if (!document) throw new FederationError(`${url} ha risposto 404`);
    return document;
  };
  return { fetchJwt, fetched };
}

const anchors = () => [{ entityId: TA, jwks: { keys: [taKey.publicJwk] } as Jwks }];

describe("trust chain of an OP", () => {
  it("resolves the OP through the configured anchor, with the policy applied and the chain's earliest expiry", async () => {
    const { fetchJwt } = await federation();
    const resolved = await resolveProvider(OP, anchors(), fetchJwt);
    expect(resolved.metadata.token_endpoint).toBe(`${OP}/token`);
    expect(resolved.metadata.subject_types_supported).toEqual(["pairwise"]);
    expect(resolved.jwks.keys.map((key) => key.kid)).toEqual(["op-core-1"]);
    expect(resolved.organizationName).toBe("OP di prova");
    expect(resolved.logoUri).toBe(`${OP}/logo.svg`);
    // The subordinate statement (+30 min) expires first.
    expect(Math.abs(resolved.expiresAt - (now() + 1800) * 1000)).toBeLessThan(5_000);
  });

  it("refuses an expired subordinate statement", async () => {
    const { fetchJwt } = await federation({ statement: { iat: now() - 7200, exp: now() - 60 } });
    await expect(resolveProvider(OP, anchors(), fetchJwt)).rejects.toThrow(FederationError);
  });

  it("refuses an OP configuration signed by a key the anchor did not vouch for (same kid, other key)", async () => {
    const { fetchJwt } = await federation({ opSigner: intruderKey.privateJwk });
    await expect(resolveProvider(OP, anchors(), fetchJwt)).rejects.toThrow(/firma/);
  });

  it("refuses a subordinate statement not signed by the configured anchor key", async () => {
    const { fetchJwt } = await federation({ statementSigner: intruderKey.privateJwk });
    await expect(resolveProvider(OP, [{ entityId: TA, jwks: { keys: [taKey.publicJwk] } }], fetchJwt)).rejects.toThrow(/chiave|firma/);
  });

  it("refuses a statement whose kid is unknown", async () => {
    const stranger = { ...intruderKey.privateJwk, kid: "sconosciuta" };
    const { fetchJwt } = await federation({ statementSigner: stranger });
    await expect(resolveProvider(OP, anchors(), fetchJwt)).rejects.toThrow(/sconosciuta/);
  });

  it("refuses an OP whose authority_hints name no configured anchor, without fetching anything else", async () => {
    const { fetchJwt, fetched } = await federation({ opConfiguration: { authority_hints: ["https://altro-ta.example.it"] } });
    await expect(resolveProvider(OP, anchors(), fetchJwt)).rejects.toThrow(/authority_hints/);
    expect(fetched).toEqual([`${OP}/.well-known/openid-federation`]);
  });

  it("refuses an OP whose metadata violates the anchor's policy", async () => {
    const { fetchJwt } = await federation({
      statement: { metadata_policy: { openid_provider: { acr_values_supported: { superset_of: ["https://www.spid.gov.it/SpidL3"] } } } },
    });
    await expect(resolveProvider(OP, anchors(), fetchJwt)).rejects.toThrow(/SpidL3/);
  });

  it("refuses an OP configuration whose iss is not the OP", async () => {
    const { fetchJwt } = await federation({ opConfiguration: { iss: "https://altro.example.it" } });
    await expect(resolveProvider(OP, anchors(), fetchJwt)).rejects.toThrow(FederationError);
  });
});

describe("metadata policy operators (OpenID Federation 1.0)", () => {
  it("value replaces, add unions, default fills only a missing parameter", () => {
    const result = applyMetadataPolicy(
      { a: "x", b: ["1"], c: "kept" },
      { a: { value: "forced" }, b: { add: ["2"] }, c: { default: "ignored" }, d: { default: "filled" } },
    );
    expect(result).toEqual({ a: "forced", b: ["1", "2"], c: "kept", d: "filled" });
  });

  it("subset_of keeps only allowed values; with none left an essential parameter is a violation", () => {
    expect(applyMetadataPolicy({ m: ["private_key_jwt", "client_secret_basic"] }, { m: { subset_of: ["private_key_jwt"] } })).toEqual({ m: ["private_key_jwt"] });
    expect(() => applyMetadataPolicy({ m: ["client_secret_basic"] }, { m: { subset_of: ["private_key_jwt"], essential: true } })).toThrow(FederationError);
  });

  it("one_of, superset_of and essential refuse metadata outside the policy", () => {
    expect(() => applyMetadataPolicy({ alg: "HS256" }, { alg: { one_of: ["RS256", "RS512"] } })).toThrow(/HS256/);
    expect(() => applyMetadataPolicy({ acr: ["L1"] }, { acr: { superset_of: ["L1", "L2"] } })).toThrow(/L2/);
    expect(() => applyMetadataPolicy({}, { jwks: { essential: true } })).toThrow(/jwks/);
    expect(() => applyMetadataPolicy({ x: 1 }, { x: { regexp: "." } })).toThrow(/regexp/);
  });
});
