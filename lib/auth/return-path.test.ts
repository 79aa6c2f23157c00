import { describe, expect, it } from "vitest";
import { loginPageFor, safeReturnPath } from "./return-path";

describe("the page a person returns to after logging in", () => {
  it("keeps a page of the portal, with its query and fragment", () => {
    expect(safeReturnPath("/ricette")).toBe("/ricette");
    expect(safeReturnPath("/documenti?tipo=11502-2&dal=2026-01-01")).toBe("/documenti?tipo=11502-2&dal=2026-01-01");
    expect(safeReturnPath("/documenti/abc#contenuto")).toBe("/documenti/abc#contenuto");
    expect(safeReturnPath("/")).toBe("/");
  });

  it("normalises dot segments without ever leaving the portal", () => {
    expect(safeReturnPath("/documenti/../ricette")).toBe("/ricette");
    expect(safeReturnPath("/../../etc/passwd")).toBe("/etc/passwd");
  });

  it("refuses other sites, however the link is dressed up", () => {
    for (const value of [
      "https://evil.example/",
      "http://localhost:3000/ricette",
      "//evil.example",
      "//evil.example/ricette",
      "/\\evil.example",
      "\\\\evil.example",
      "/\\/evil.example",
      "javascript:alert(1)",
      "ricette",
      "evil.example/ricette",
      " /ricette",
    ]) {
      expect(safeReturnPath(value), value).toBeNull();
    }
  });

  it("refuses control characters, which URL parsers drop to make //evil out of /\\t/evil", () => {
    for (const value of ["/\t/evil.example", "/\n/evil.example", "/\r/evil.example", "/ricette\u0000", "/ricette\u007f", "/\u2028/evil.example"]) {
      expect(safeReturnPath(value), JSON.stringify(value)).toBeNull();
    }
  });

  it("refuses the login and API routes, non-strings, empty and overlong values", () => {
    expect(safeReturnPath("/accedi")).toBeNull();
    expect(safeReturnPath("/accedi?callbackUrl=/ricette")).toBeNull();
    expect(safeReturnPath("/api/auth/signout")).toBeNull();
    expect(safeReturnPath("/accessi")).toBe("/accessi");
    expect(safeReturnPath(undefined)).toBeNull();
    expect(safeReturnPath(["/ricette"])).toBeNull();
    expect(safeReturnPath("")).toBeNull();
    expect(safeReturnPath(`/${"a".repeat(2000)}`)).toBeNull();
  });
});

describe("the login page a logged-out request is sent to", () => {
  it("says the session was closed only to who had one, and always keeps the page asked for", () => {
    expect(loginPageFor("/ricette", false)).toBe("/accedi?callbackUrl=%2Fricette");
    expect(loginPageFor("/ricette", true)).toBe("/accedi?sessione=scaduta&callbackUrl=%2Fricette");
    expect(loginPageFor("/", false)).toBe("/accedi");
    expect(loginPageFor(null, true)).toBe("/accedi?sessione=scaduta");
    expect(loginPageFor("//evil.example", false)).toBe("/accedi");
  });
});
