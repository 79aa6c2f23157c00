import { describe, expect, it } from "vitest";
import { parseEnv } from "./env";

const valid = {
  NEXTAUTH_SECRET: "x".repeat(40),
  STORAGE_KEY: "ab".repeat(32),
  RP_PRIVATE_JWKS: JSON.stringify({ keys: [{ kty: "RSA" }] }),
  OIDC_PROVIDERS: JSON.stringify([{ id: "spid-test", kind: "spid", name: "SPID Test", issuer: "http://localhost:4001" }]),
};

describe("start-up configuration", () => {
  it("accepts a complete configuration and applies the session defaults", () => {
    const env = parseEnv(valid);
    expect(env.SESSION_IDLE_MINUTES).toBe(15);
    expect(env.SESSION_MAX_HOURS).toBe(8);
    expect(env.providers[0]?.kind).toBe("spid");
  });

  it("names every wrong setting in Italian", () => {
    const attempt = () => parseEnv({ ...valid, STORAGE_KEY: "short", DATABASE_URL: "mysql://x" });
    expect(attempt).toThrow(/STORAGE_KEY: 32 byte/);
    expect(attempt).toThrow(/DATABASE_URL: deve iniziare/);
  });

  it("refuses a missing provider list and a broken JWKS", () => {
    expect(() => parseEnv({ ...valid, OIDC_PROVIDERS: "[]" })).toThrow(/OIDC_PROVIDERS/);
    expect(() => parseEnv({ ...valid, RP_PRIVATE_JWKS: "{}" })).toThrow(/RP_PRIVATE_JWKS/);
  });
});
