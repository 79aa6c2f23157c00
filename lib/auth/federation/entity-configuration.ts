import type { JWK } from "jose";
import type { Env } from "@/lib/env";
import { ENTITY_STATEMENT_TYPE, publicJwk, signJwt } from "./statements";

// The portal's own entity configuration, served at <client_id>/.well-known/openid-federation: how SPID
// and CIE OPs register it automatically. Signed with the federation key; it publishes the OIDC keys (one
// to sign, one for OPs to encrypt userinfo to) in its relying-party metadata. All keys of each set are
// published, so a new key can be added before the old one is retired (decision 0013).

const LIFETIME_SECONDS = 24 * 3600;

export const USERINFO_SIGNING_ALG = "RS256";
export const USERINFO_ENCRYPTION_ALG = "RSA-OAEP-256";
export const USERINFO_ENCRYPTION_ENC = "A256CBC-HS512";

export function rpClientId(config: Pick<Env, "RP_CLIENT_ID" | "NEXTAUTH_URL">): string {
  return (config.RP_CLIENT_ID ?? config.NEXTAUTH_URL).replace(/\/$/, "");
}

export function callbackUrl(config: Pick<Env, "NEXTAUTH_URL">, providerId: string): string {
  return `${config.NEXTAUTH_URL.replace(/\/$/, "")}/api/auth/callback/${providerId}`;
}

export function relyingPartyMetadata(config: Env): Record<string, unknown> {
  const oidcKeys = (JSON.parse(config.RP_PRIVATE_JWKS) as { keys: JWK[] }).keys;
  return {
    client_id: rpClientId(config),
    client_registration_types: ["automatic"],
    client_name: config.RP_CLIENT_NAME,
    organization_name: config.RP_ORGANIZATION_NAME,
    contacts: config.RP_CONTACTS,
    redirect_uris: config.providers.map((op) => callbackUrl(config, op.id)),
    response_types: ["code"],
    grant_types: ["authorization_code"],
    token_endpoint_auth_method: "private_key_jwt",
    id_token_signed_response_alg: "RS256",
    userinfo_signed_response_alg: USERINFO_SIGNING_ALG,
    userinfo_encrypted_response_alg: USERINFO_ENCRYPTION_ALG,
    userinfo_encrypted_response_enc: USERINFO_ENCRYPTION_ENC,
    subject_type: "pairwise",
    jwks: { keys: oidcKeys.map(publicJwk) },
  };
}

export async function entityConfiguration(config: Env, now = new Date()): Promise<string> {
  const clientId = rpClientId(config);
  const federationKeys = config.RP_FEDERATION_JWKS.keys as JWK[];
  const iat = Math.floor(now.getTime() / 1000);
  return signJwt(
    {
      iss: clientId,
      sub: clientId,
      iat,
      exp: iat + LIFETIME_SECONDS,
      jwks: { keys: federationKeys.map(publicJwk) },
      authority_hints: config.RP_AUTHORITY_HINTS,
      trust_marks: config.RP_TRUST_MARKS,
      metadata: {
        openid_relying_party: relyingPartyMetadata(config),
        federation_entity: {
          organization_name: config.RP_ORGANIZATION_NAME,
          homepage_uri: config.NEXTAUTH_URL,
          contacts: config.RP_CONTACTS,
        },
      },
    },
    federationKeys[0]!,
    ENTITY_STATEMENT_TYPE,
  );
}
