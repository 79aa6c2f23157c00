import { createHash, createPublicKey, X509Certificate } from "node:crypto";

// How an application's signing key is registered: its X.509 certificate (what the gateway's clients send
// in x5c, identified by its SHA-256 fingerprint), or a public RSA JWK with a kid. Only public key
// material is kept; a private key handed over by mistake is refused rather than stored.

export type KeyRegistration = { commonName: string; certificateSha256: string | null; keyId: string | null; publicJwk: string };

export class KeyRegistrationError extends Error {}

function commonNameOf(certificate: X509Certificate): string | null {
  const line = certificate.subject.split("\n").find((part) => part.startsWith("CN="));
  return line ? line.slice(3).trim() : null;
}

/** A PEM or base64 DER certificate. */
export function registrationFromCertificate(text: string): KeyRegistration {
  let certificate: X509Certificate;
  try {
    const trimmed = text.trim();
    certificate = new X509Certificate(trimmed.startsWith("-----BEGIN") ? trimmed : Buffer.from(trimmed, "base64"));
  } catch {
    throw new KeyRegistrationError("Il certificato non è leggibile (serve PEM o DER in base64).");
  }
  const commonName = commonNameOf(certificate);
  if (!commonName) throw new KeyRegistrationError("Il certificato non ha un Common Name (CN).");
  const jwk = certificate.publicKey.export({ format: "jwk" });
  if (jwk.kty !== "RSA") throw new KeyRegistrationError("Serve una chiave RSA: il gateway firma i token con RS256, RS384 o RS512.");
  return {
    commonName,
    certificateSha256: createHash("sha256").update(certificate.raw).digest("hex"),
    keyId: null,
    publicJwk: JSON.stringify({ kty: jwk.kty, n: jwk.n, e: jwk.e }),
  };
}

/** A public RSA JWK with its kid; the CN is the name the tokens' issuer carries. */
export function registrationFromJwk(text: string, commonName: string): KeyRegistration {
  let jwk: Record<string, unknown>;
  try {
    jwk = JSON.parse(text) as Record<string, unknown>;
  } catch {
    throw new KeyRegistrationError("La chiave non è JSON valido.");
  }
  if (jwk.d !== undefined) throw new KeyRegistrationError("È una chiave privata: registra solo la parte pubblica.");
  if (jwk.kty !== "RSA" || typeof jwk.n !== "string" || typeof jwk.e !== "string") throw new KeyRegistrationError("Serve una JWK RSA pubblica (kty, n, e).");
  if (typeof jwk.kid !== "string" || !jwk.kid.trim()) throw new KeyRegistrationError("La JWK deve avere un kid.");
  try {
    createPublicKey({ key: { kty: "RSA", n: jwk.n, e: jwk.e }, format: "jwk" });
  } catch {
    throw new KeyRegistrationError("La JWK non è una chiave RSA valida.");
  }
  if (!commonName.trim()) throw new KeyRegistrationError("Serve il nome (CN) con cui l'applicazione firma i token.");
  return { commonName: commonName.trim(), certificateSha256: null, keyId: jwk.kid.trim(), publicJwk: JSON.stringify({ kty: "RSA", n: jwk.n, e: jwk.e }) };
}
