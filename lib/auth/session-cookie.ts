import "server-only";
import { hkdfSync } from "node:crypto";
import { jwtDecrypt } from "jose";

// Reads the session id out of next-auth's cookie on every request. next-auth's own getServerSession
// runs its whole request handler and derives the cookie key with HKDF each time; the cookie's format
// is fixed (a JWE, "dir" + A256GCM, key = HKDF-SHA256(secret, "", "NextAuth.js Generated Encryption
// Key", 32)), so the key is derived once and the token decrypted directly. next-auth still writes it.

const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"];

let derived: { secret: string; key: Uint8Array } | null = null;

function keyFor(secret: string): Uint8Array {
  if (derived?.secret !== secret) {
    derived = { secret, key: new Uint8Array(hkdfSync("sha256", secret, "", "NextAuth.js Generated Encryption Key", 32)) };
  }
  return derived.key;
}

/** The session token among the request's cookies (the secure name on https, the plain one otherwise). */
export function sessionToken(cookies: { get(name: string): { value: string } | undefined }): string | null {
  for (const name of SESSION_COOKIES) {
    const value = cookies.get(name)?.value;
    if (value) return value;
  }
  return null;
}

/** The server-side session id the cookie carries; null for a missing, forged, expired or foreign token. */
export async function sessionIdOf(token: string | null, secret: string): Promise<string | null> {
  if (!token) return null;
  try {
    const { payload } = await jwtDecrypt(token, keyFor(secret), { clockTolerance: 15, keyManagementAlgorithms: ["dir"], contentEncryptionAlgorithms: ["A256GCM"] });
    return typeof payload.sid === "string" ? payload.sid : null;
  } catch {
    return null;
  }
}
