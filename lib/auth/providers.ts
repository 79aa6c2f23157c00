import "server-only";
import type { OAuthConfig } from "next-auth/providers/oauth";
import type { TokenSet } from "openid-client";
import type { OidcProviderConfig } from "@/lib/env";
import { decodeJwt } from "jose";
import { acrIsSufficient, identityFromClaims } from "./claims";
import { USERINFO_ENCRYPTION_ALG, USERINFO_ENCRYPTION_ENC, USERINFO_SIGNING_ALG } from "./federation/entity-configuration";
import type { ResolvedProvider } from "./federation/trust-chain";
import { failedMessage, flowHashOf, tokenResponseMessage, userinfoMessage } from "./protocol-log";
import { logProtocolMessage, requireProtocolRow } from "./protocol-record";

// One next-auth provider per SPID/CIE OpenID Provider whose trust chain verified. What next-auth v4 does
// not do by itself is done here: its endpoints and keys come from the federation-resolved metadata (the
// keys served to it by the portal itself, see app/api/auth/chiavi-op), the authorization request passes
// through the portal's own step that signs it into a request object (app/api/auth/richiesta), the client
// assertion's audience is the token endpoint, userinfo arrives signed and encrypted, the acr level is
// checked, the identity key is the fiscal code from userinfo, never `sub` or e-mail, and the token and
// userinfo responses go into the protocol log as they pass (a failed one too).

export type SpidCieProfile = { sub: string } & Record<string, unknown>;

export const REQUESTED_CLAIMS = {
  userinfo: {
    given_name: { essential: true },
    family_name: { essential: true },
    "https://attributes.eid.gov.it/fiscal_number": { essential: true },
    birthdate: null,
    email: null,
  },
};

export function spidCieProvider(
  op: OidcProviderConfig,
  resolved: ResolvedProvider,
  rp: { clientId: string; privateJwks: { keys: object[] }; appUrl: string },
): OAuthConfig<SpidCieProfile> {
  const metadata = resolved.metadata as Record<string, string>;
  return {
    id: op.id,
    name: op.name,
    type: "oauth",
    issuer: op.issuer,
    jwks_endpoint: `${rp.appUrl}/api/auth/chiavi-op/${op.id}`,
    clientId: rp.clientId,
    idToken: true,
    checks: ["pkce", "state", "nonce"],
    authorization: {
      url: `${rp.appUrl}/api/auth/richiesta/${op.id}`,
      params: {
        scope: "openid",
        prompt: "consent login",
        acr_values: "https://www.spid.gov.it/SpidL2",
        claims: JSON.stringify(REQUESTED_CLAIMS),
        ui_locales: "it",
      },
    },
    client: {
      token_endpoint_auth_method: "private_key_jwt",
      token_endpoint_auth_signing_alg: "RS256",
      id_token_signed_response_alg: "RS256",
      userinfo_signed_response_alg: USERINFO_SIGNING_ALG,
      userinfo_encrypted_response_alg: USERINFO_ENCRYPTION_ALG,
      userinfo_encrypted_response_enc: USERINFO_ENCRYPTION_ENC,
    },
    jwks: rp.privateJwks as never,
    httpOptions: { timeout: 10_000 },
    token: {
      url: metadata.token_endpoint,
      async request({ client, params, checks, provider }) {
        // CIE names itself in the authorization response (RFC 9207) and the portal must check it.
        if (op.kind === "cie" && (params as { iss?: string }).iss !== op.issuer) throw new Error("AUTHORIZATION_RESPONSE_ISS_MISMATCH");
        const tokenEndpoint = client.issuer.metadata.token_endpoint;
        let tokens: TokenSet;
        try {
          tokens = await client.callback(provider.callbackUrl, params, checks, {
            clientAssertionPayload: { aud: tokenEndpoint },
          });
        } catch (error) {
          await logProtocolMessage(failedMessage("TOKEN_RESPONSE", op.id, flowHashOf((checks as { nonce?: string }).nonce), error));
          throw error;
        }
        const acrOk = acrIsSufficient(tokens.claims().acr);
        await requireProtocolRow(tokenResponseMessage(op.id, tokens, acrOk ? "OK" : "REFUSED", acrOk ? undefined : "ACR_TOO_LOW"));
        if (!acrOk) throw new Error("ACR_TOO_LOW");
        return { tokens };
      },
    },
    userinfo: {
      url: metadata.userinfo_endpoint,
      async request({ client, tokens }) {
        let flowHash: string | null = null;
        try {
          flowHash = tokens.id_token ? flowHashOf(decodeJwt(tokens.id_token).nonce) : null;
        } catch {
          // An unreadable ID token was already refused at the token step; the row then has no flow.
        }
        let claims: SpidCieProfile;
        try {
          claims = (await client.userinfo(tokens as TokenSet)) as SpidCieProfile;
        } catch (error) {
          await logProtocolMessage(failedMessage("USERINFO_RESPONSE", op.id, flowHash, error));
          throw error;
        }
        await requireProtocolRow(userinfoMessage(op.id, flowHash, claims));
        return claims;
      },
    },
    profile(claims) {
      const identity = identityFromClaims(claims);
      if (!identity) throw new Error("FISCAL_CODE_MISSING_OR_INVALID");
      // email stays null so that next-auth can never link accounts by e-mail.
      return { id: identity.fiscalCode, name: `${identity.givenName} ${identity.familyName}`.trim(), email: null, subject: identity.subject };
    },
  };
}
