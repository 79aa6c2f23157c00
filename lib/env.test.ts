import { describe, expect, it } from "vitest";
import { parseEnv, protocolLogSettingsOf } from "./env";

const valid = {
  NEXTAUTH_SECRET: "x".repeat(40),
  STORAGE_KEY: "ab".repeat(32),
  RP_PRIVATE_JWKS: JSON.stringify({ keys: [{ kty: "RSA", kid: "s1", use: "sig" }, { kty: "RSA", kid: "e1", use: "enc" }] }),
  OIDC_PROVIDERS: JSON.stringify([{ id: "spid-test", kind: "spid", name: "SPID Test", issuer: "http://localhost:4001" }]),
  RP_FEDERATION_JWKS: JSON.stringify({ keys: [{ kty: "RSA", kid: "f1" }] }),
  FEDERATION_TRUST_ANCHORS: JSON.stringify([{ entityId: "https://registry.example.it", jwks: { keys: [{ kty: "RSA", kid: "ta1" }] } }]),
  RP_AUTHORITY_HINTS: JSON.stringify(["https://registry.example.it"]),
  RP_ORGANIZATION_NAME: "Regione di prova",
  RP_CONTACTS: JSON.stringify(["fse@regione.example.it"]),
};

describe("start-up configuration", () => {
  it("accepts a complete configuration and applies the session defaults", () => {
    const env = parseEnv(valid);
    expect(env.SESSION_IDLE_MINUTES).toBe(15);
    expect(env.SESSION_MAX_HOURS).toBe(8);
    expect(env.providers[0]?.kind).toBe("spid");
  });

  it("hides monitoring counts below 10 unless the region sets another threshold, and refuses a meaningless one", () => {
    expect(parseEnv(valid).MONITORING_MIN_COUNT).toBe(10);
    expect(parseEnv({ ...valid, MONITORING_MIN_COUNT: "20" }).MONITORING_MIN_COUNT).toBe(20);
    expect(() => parseEnv({ ...valid, MONITORING_MIN_COUNT: "1" })).toThrow(/MONITORING_MIN_COUNT/);
    expect(() => parseEnv({ ...valid, MONITORING_MIN_COUNT: "dieci" })).toThrow(/MONITORING_MIN_COUNT/);
  });

  it("names every wrong setting in Italian", () => {
    const attempt = () => parseEnv({ ...valid, STORAGE_KEY: "short", DATABASE_URL: "mysql://x" });
    expect(attempt).toThrow(/STORAGE_KEY: 32 byte/);
    expect(attempt).toThrow(/DATABASE_URL: deve iniziare/);
  });

  it("refuses a missing provider list and a broken JWKS", () => {
    expect(() => parseEnv({ ...valid, OIDC_PROVIDERS: "[]" })).toThrow(/OIDC_PROVIDERS/);
    expect(() => parseEnv({ ...valid, RP_PRIVATE_JWKS: "{}" })).toThrow(/RP_PRIVATE_JWKS/);
    // Production signs the access log's checkpoints with a key kept outside the database.
    expect(() => parseEnv({ ...valid, NODE_ENV: "production" })).toThrow(/AUDIT_CHECKPOINT_KEY/);
    expect(() => parseEnv({ ...valid, NODE_ENV: "production", AUDIT_CHECKPOINT_KEY: "not json" })).toThrow(/AUDIT_CHECKPOINT_KEY/);
    // SPID/CIE need a signing key and a userinfo decryption key, each with a kid.
    expect(() => parseEnv({ ...valid, RP_PRIVATE_JWKS: JSON.stringify({ keys: [{ kty: "RSA", kid: "s1", use: "sig" }] }) })).toThrow(/use "enc"/);
    expect(() => parseEnv({ ...valid, FEDERATION_TRUST_ANCHORS: "[]" })).toThrow(/FEDERATION_TRUST_ANCHORS/);
    expect(() => parseEnv({ ...valid, RP_AUTHORITY_HINTS: "not json" })).toThrow(/RP_AUTHORITY_HINTS: non è JSON valido/);
    expect(() => parseEnv({ ...valid, RP_CONTACTS: '["not-an-email"]' })).toThrow(/RP_CONTACTS/);
    expect(() => parseEnv({ ...valid, RP_FEDERATION_JWKS: JSON.stringify({ keys: [{ kty: "RSA" }] }) })).toThrow(/kid/);
  });

  it("keeps the SPID/CIE protocol log at least 24 months", () => {
    expect(parseEnv(valid).PROTOCOL_LOG_RETENTION_MONTHS).toBe(24);
    expect(parseEnv({ ...valid, PROTOCOL_LOG_RETENTION_MONTHS: "36" }).PROTOCOL_LOG_RETENTION_MONTHS).toBe(36);
    expect(() => parseEnv({ ...valid, PROTOCOL_LOG_RETENTION_MONTHS: "12" })).toThrow(/PROTOCOL_LOG_RETENTION_MONTHS: almeno 24 mesi/);
    expect(() => parseEnv({ ...valid, PROTOCOL_LOG_RETENTION_MONTHS: "24.5" })).toThrow(/PROTOCOL_LOG_RETENTION_MONTHS/);
    // The purge command reads it alone.
    expect(protocolLogSettingsOf({}).PROTOCOL_LOG_RETENTION_MONTHS).toBe(24);
    expect(() => protocolLogSettingsOf({ PROTOCOL_LOG_RETENTION_MONTHS: "6" })).toThrow();
  });
});
