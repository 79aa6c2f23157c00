import "server-only";
import { randomUUID } from "node:crypto";
import { importJWK, SignJWT, type JWK } from "jose";
import { env } from "@/lib/env";
import { rpClientId } from "./federation/entity-configuration";
import { resolvedProvider } from "./federation/providers-cache";

// Logout revokes the access token at the OP that issued it (RFC 7009, private_key_jwt). A failure is
// reported and logout goes on: the local session ends whatever the OP answers.

export type RevocationResult = { revoked: boolean; detail: string };

export async function revokeAtProvider(providerId: string, accessToken: string): Promise<RevocationResult> {
  const config = env();
  const op = config.providers.find((candidate) => candidate.id === providerId);
  const resolved = op ? await resolvedProvider(op) : null;
  const endpoint = resolved?.metadata.revocation_endpoint;
  if (typeof endpoint !== "string") return { revoked: false, detail: "l'OP non pubblica un revocation_endpoint" };
  const clientId = rpClientId(config);
  const signingKey = (JSON.parse(config.RP_PRIVATE_JWKS) as { keys: JWK[] }).keys.find((key) => key.use === "sig")!;
  const alg = signingKey.alg ?? "RS256";
  const now = Math.floor(Date.now() / 1000);
  const assertion = await new SignJWT({ jti: randomUUID() })
    .setProtectedHeader({ alg, kid: signingKey.kid })
    .setIssuer(clientId)
    .setSubject(clientId)
    .setAudience(endpoint)
    .setIssuedAt(now)
    .setExpirationTime(now + 60)
    .sign(await importJWK(signingKey, alg));
  try {
    const response = await fetch(endpoint, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({
        token: accessToken,
        token_type_hint: "access_token",
        client_id: clientId,
        client_assertion_type: "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
        client_assertion: assertion,
      }),
      signal: AbortSignal.timeout(5_000),
    });
    return response.ok ? { revoked: true, detail: `HTTP ${response.status}` } : { revoked: false, detail: `HTTP ${response.status}` };
  } catch (error) {
    return { revoked: false, detail: (error as Error).message };
  }
}
