import { encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { sessionIdOf, sessionToken } from "./session-cookie";

const secret = "a-test-secret-of-at-least-thirty-two-characters";

describe("session cookie", () => {
  it("reads the session id from the cookie next-auth writes", async () => {
    const token = await encode({ token: { sid: "s-123" }, secret });
    expect(await sessionIdOf(token, secret)).toBe("s-123");
  });

  it("gives nothing for a missing, tampered, foreign, expired or id-less token", async () => {
    const token = await encode({ token: { sid: "s-123" }, secret });
    expect(await sessionIdOf(null, secret)).toBeNull();
    const parts = token.split(".");
    parts[3] = parts[3]!.slice(0, -2) + (parts[3]!.endsWith("AA") ? "BB" : "AA");
    expect(await sessionIdOf(parts.join("."), secret)).toBeNull();
    expect(await sessionIdOf(token, `${secret}-other`)).toBeNull();
    expect(await sessionIdOf(await encode({ token: { sid: "s-1" }, secret, maxAge: -60 }), secret)).toBeNull();
    expect(await sessionIdOf(await encode({ token: { name: "x" }, secret }), secret)).toBeNull();
  });

  it("takes the secure cookie name first", () => {
    const jar = new Map([["next-auth.session-token", "plain"], ["__Secure-next-auth.session-token", "secure"]]);
    expect(sessionToken({ get: (name) => (jar.has(name) ? { value: jar.get(name)! } : undefined) })).toBe("secure");
    expect(sessionToken({ get: () => undefined })).toBeNull();
  });
});
