import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { verifyWithJwks, TRUST_MARK_TYPE } from "../dev/idp/federation";
import { refusalReason } from "../dev/idp/guard";
import { trustMarkId } from "../dev/idp/trust-anchor";
import { demoEnvironment } from "./demo-secrets.mjs";

const APP = "http://localhost:3000";

describe("demo mode: the portal's federation settings, generated with nothing to configure", () => {
  it("writes every federation variable, with a trust mark the local anchor signed for the portal", async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "demo-secrets-"));
    const { env, idpConfigPath } = await demoEnvironment({ dataDir, appUrl: APP, idpBasePort: 4001 });
    const anchors = JSON.parse(env.FEDERATION_TRUST_ANCHORS) as { entityId: string; jwks: { keys: object[] } }[];
    expect(anchors.map((anchor) => anchor.entityId)).toEqual(["http://127.0.0.1:4003"]);
    expect(JSON.parse(env.RP_AUTHORITY_HINTS)).toEqual(["http://127.0.0.1:4003"]);
    const [mark] = JSON.parse(env.RP_TRUST_MARKS) as { id: string; trust_mark: string }[];
    expect(mark!.id).toBe(trustMarkId("http://127.0.0.1:4003"));
    const payload = await verifyWithJwks(mark!.trust_mark, anchors[0]!.jwks as never, TRUST_MARK_TYPE);
    expect(payload).toMatchObject({ iss: "http://127.0.0.1:4003", sub: APP, id: mark!.id });

    const core = JSON.parse(env.RP_PRIVATE_JWKS) as { keys: { use: string; alg: string; kid: string; d?: string }[] };
    expect(core.keys.map((key) => [key.use, key.alg])).toEqual([["sig", "RS256"], ["enc", "RSA-OAEP-256"]]);
    const federation = JSON.parse(env.RP_FEDERATION_JWKS) as { keys: { kid: string; d?: string }[] };
    expect(federation.keys[0]!.d).toBeTruthy();
    // Federation and OIDC keys are distinct keys.
    expect(core.keys.map((key) => key.kid)).not.toContain(federation.keys[0]!.kid);
    expect(JSON.parse(env.RP_CONTACTS)).toEqual([expect.stringContaining("@")]);

    // The anchor knows the portal's federation public key, never its private part.
    const config = JSON.parse(readFileSync(idpConfigPath, "utf8")) as { rp: { entityId: string; federationJwks: { keys: { kid: string; d?: string }[] } } };
    expect(config.rp.entityId).toBe(APP);
    expect(config.rp.federationJwks.keys[0]).toMatchObject({ kid: federation.keys[0]!.kid });
    expect(config.rp.federationJwks.keys[0]!.d).toBeUndefined();
    // And the local OPs accept the providers demo mode configures.
    const issuers = (JSON.parse(env.OIDC_PROVIDERS) as { issuer: string }[]).map((op) => op.issuer);
    expect(refusalReason({ OIDC_PROVIDERS: env.OIDC_PROVIDERS }, issuers)).toBeNull();
  });

  it("upgrades an older data directory: sessions and file keys stay, the missing keys are added", async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "demo-secrets-"));
    writeFileSync(
      path.join(dataDir, "demo-secrets.json"),
      JSON.stringify({ nextAuthSecret: "kept-secret-kept-secret-kept-secret", storageKey: "ab".repeat(32), cookieSecret: "c", rpPrivateJwks: { keys: [] } }),
    );
    const { env } = await demoEnvironment({ dataDir, appUrl: APP, idpBasePort: 4101 });
    expect(env.NEXTAUTH_SECRET).toBe("kept-secret-kept-secret-kept-secret");
    expect(env.STORAGE_KEY).toBe("ab".repeat(32));
    expect((JSON.parse(env.RP_PRIVATE_JWKS) as { keys: unknown[] }).keys).toHaveLength(2);
    const again = await demoEnvironment({ dataDir, appUrl: APP, idpBasePort: 4101 });
    expect(again.env.RP_PRIVATE_JWKS).toBe(env.RP_PRIVATE_JWKS);
  });
});
