import { describe, expect, it } from "vitest";
import { isSameOriginRequest } from "./same-origin";

const APP = "https://fascicolo.regione.example/";
const post = (headers: Record<string, string>) => new Request("https://fascicolo.regione.example/taccuino/voci", { method: "POST", headers });

describe("a changing request's origin", () => {
  it("is the portal's own when Origin matches, or when the browser says same-origin", () => {
    expect(isSameOriginRequest(post({ origin: "https://fascicolo.regione.example" }), APP)).toBe(true);
    expect(isSameOriginRequest(post({ "sec-fetch-site": "same-origin" }), APP)).toBe(true);
  });
  it("is refused from another site, another scheme or port, or with nothing to tell", () => {
    expect(isSameOriginRequest(post({ origin: "https://attacker.example" }), APP)).toBe(false);
    expect(isSameOriginRequest(post({ origin: "http://fascicolo.regione.example" }), APP)).toBe(false);
    expect(isSameOriginRequest(post({ origin: "https://fascicolo.regione.example:8443" }), APP)).toBe(false);
    expect(isSameOriginRequest(post({ origin: "https://attacker.example", "sec-fetch-site": "same-origin" }), APP)).toBe(false);
    expect(isSameOriginRequest(post({ "sec-fetch-site": "cross-site" }), APP)).toBe(false);
    expect(isSameOriginRequest(post({}), APP)).toBe(false);
  });
});
