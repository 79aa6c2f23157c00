import "server-only";
import type { OAuthConfig } from "next-auth/providers/oauth";
import type { TokenSet } from "openid-client";
import type { OidcProviderConfig } from "@/lib/env";
import { acrIsSufficient, identityFromClaims } from "./claims";

// One next-auth provider per SPID/CIE OpenID Provider. What next-auth v4 does not do by itself is
// done here: the client assertion's audience is the token endpoint, the acr level is checked, and
// the identity key is the fiscal code from userinfo, never `sub` or e-mail.

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
  rp: { clientId: string; privateJwks: { keys: object[] } },
): OAuthConfig<SpidCieProfile> {
  return {
    id: op.id,
    name: op.name,
    type: "oauth",
    wellKnown: `${op.issuer}/.well-known/openid-configuration`,
    issuer: op.issuer,
    clientId: rp.clientId,
    idToken: true,
    checks: ["pkce", "state", "nonce"],
    authorization: {
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
    },
    jwks: rp.privateJwks as never,
    httpOptions: { timeout: 10_000 },
    token: {
      async request({ client, params, checks, provider }) {
        const tokenEndpoint = client.issuer.metadata.token_endpoint;
        const tokens = await client.callback(provider.callbackUrl, params, checks, {
          clientAssertionPayload: { aud: tokenEndpoint },
        });
        if (!acrIsSufficient(tokens.claims().acr)) throw new Error("ACR_TOO_LOW");
        return { tokens };
      },
    },
    userinfo: {
      async request({ client, tokens }) {
        return (await client.userinfo(tokens as TokenSet)) as SpidCieProfile;
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
