import { describe, expect, it } from "vitest";
import { refusalReason } from "./guard";

const DEMO = ["http://127.0.0.1:4001", "http://127.0.0.1:4002"];
const demoProviders = JSON.stringify(DEMO.map((issuer, index) => ({ id: `op-${index}`, kind: "spid", name: "Test", issuer })));

describe("the local federation only runs where it cannot stand in for real providers", () => {
  it("starts in development with its own providers configured", () => {
    expect(refusalReason({ OIDC_PROVIDERS: demoProviders }, DEMO)).toBeNull();
    expect(refusalReason({}, DEMO)).toBeNull();
  });

  it("refuses NODE_ENV=production", () => {
    expect(refusalReason({ NODE_ENV: "production", OIDC_PROVIDERS: demoProviders }, DEMO)).toMatch(/NODE_ENV=production/);
  });

  it("refuses when a real provider is configured", () => {
    const real = JSON.stringify([{ id: "poste", kind: "spid", name: "Poste", issuer: "https://posteid.poste.it" }]);
    expect(refusalReason({ OIDC_PROVIDERS: real }, DEMO)).toMatch(/provider reale \(https:\/\/posteid\.poste\.it\)/);
    expect(refusalReason({ OIDC_PROVIDERS: "not json" }, DEMO)).toMatch(/non è un elenco JSON valido/);
  });
});
