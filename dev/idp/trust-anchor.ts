import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { JWK } from "jose";
import {
  ENTITY_STATEMENT_MEDIA_TYPE,
  ENTITY_STATEMENT_TYPE,
  publicJwk,
  signJwt,
  TRUST_MARK_TYPE,
  verifyWithJwks,
  type Jwks,
  type MetadataPolicy,
} from "./federation";

// The local trust anchor: its own entity configuration, subordinate statements for the RP and the OPs it
// knows, the list of its subordinates and the status of the trust marks it issued. A federation in small.

export type Subordinate = { entityId: string; entityTypes: ("openid_relying_party" | "openid_provider")[]; jwks: Jwks };
export type TrustAnchorConfig = { entityId: string; federationKey: JWK; subordinates: Subordinate[]; organizationName: string };

const STATEMENT_TTL = 24 * 3600;

/** What the anchor imposes on its relying parties: the SPID/CIE profile, nothing the RP could loosen. */
export const RP_POLICY: MetadataPolicy = {
  token_endpoint_auth_method: { one_of: ["private_key_jwt"], essential: true },
  response_types: { subset_of: ["code"], essential: true },
  grant_types: { subset_of: ["authorization_code", "refresh_token"], superset_of: ["authorization_code"] },
  client_registration_types: { subset_of: ["automatic"], default: ["automatic"] },
  id_token_signed_response_alg: { one_of: ["RS256", "RS512"], default: "RS256" },
  userinfo_signed_response_alg: { one_of: ["RS256", "RS512"], essential: true },
  userinfo_encrypted_response_alg: { one_of: ["RSA-OAEP", "RSA-OAEP-256"], essential: true },
  userinfo_encrypted_response_enc: { one_of: ["A128CBC-HS256", "A256CBC-HS512"], essential: true },
  subject_type: { value: "pairwise" },
};

/** What the anchor imposes on its OPs: pairwise subjects, private_key_jwt only, the three SPID levels at most. */
export const OP_POLICY: MetadataPolicy = {
  subject_types_supported: { value: ["pairwise"] },
  token_endpoint_auth_methods_supported: { subset_of: ["private_key_jwt"], essential: true },
  acr_values_supported: {
    subset_of: ["https://www.spid.gov.it/SpidL1", "https://www.spid.gov.it/SpidL2", "https://www.spid.gov.it/SpidL3"],
    essential: true,
  },
  request_object_signing_alg_values_supported: { subset_of: ["RS256", "RS512"], essential: true },
  code_challenge_methods_supported: { superset_of: ["S256"] },
};

export function trustMarkId(anchorEntityId: string): string {
  return `${anchorEntityId}/openid_relying_party/public/`;
}

/** A SPID/CIE-style trust mark for a public-administration relying party. */
export async function issueTrustMark(anchor: { entityId: string; federationKey: JWK }, subject: string, organizationName: string): Promise<string> {
  const iat = Math.floor(Date.now() / 1000);
  return signJwt(
    {
      iss: anchor.entityId,
      sub: subject,
      id: trustMarkId(anchor.entityId),
      iat,
      exp: iat + 365 * 24 * 3600,
      organization_type: "public",
      organization_name: organizationName,
      entity_role: "openid_relying_party",
    },
    anchor.federationKey,
    TRUST_MARK_TYPE,
  );
}

function send(response: ServerResponse, status: number, type: string, body: string) {
  response.writeHead(status, { "Content-Type": type, "Cache-Control": "no-store" });
  response.end(body);
}

function sendError(response: ServerResponse, status: number, error: string, description: string) {
  send(response, status, "application/json", JSON.stringify({ error, error_description: description }));
}

async function readForm(request: IncomingMessage): Promise<URLSearchParams> {
  let body = "";
  for await (const chunk of request) {
    body += String(chunk);
    if (body.length > 20_000) break;
  }
  return new URLSearchParams(body);
}

export function createTrustAnchor(config: TrustAnchorConfig): Server {
  const anchorJwks: Jwks = { keys: [publicJwk(config.federationKey)] };
  const now = () => Math.floor(Date.now() / 1000);

  async function handle(request: IncomingMessage, response: ServerResponse) {
    const url = new URL(request.url ?? "/", config.entityId);
    if (url.pathname === "/.well-known/openid-federation") {
      const iat = now();
      const jwt = await signJwt(
        {
          iss: config.entityId,
          sub: config.entityId,
          iat,
          exp: iat + STATEMENT_TTL,
          jwks: anchorJwks,
          metadata: {
            federation_entity: {
              organization_name: config.organizationName,
              homepage_uri: config.entityId,
              federation_fetch_endpoint: `${config.entityId}/fetch`,
              federation_list_endpoint: `${config.entityId}/list`,
              federation_trust_mark_status_endpoint: `${config.entityId}/trust_mark_status`,
            },
          },
          trust_mark_issuers: { [trustMarkId(config.entityId)]: [config.entityId] },
        },
        config.federationKey,
        ENTITY_STATEMENT_TYPE,
      );
      return send(response, 200, ENTITY_STATEMENT_MEDIA_TYPE, jwt);
    }
    if (url.pathname === "/fetch") {
      const sub = url.searchParams.get("sub");
      if (!sub) return sendError(response, 400, "invalid_request", "manca il parametro sub");
      const subordinate = config.subordinates.find((entry) => entry.entityId === sub);
      if (!subordinate) return sendError(response, 404, "not_found", "entità sconosciuta a questo trust anchor");
      const iat = now();
      const metadataPolicy: Record<string, MetadataPolicy> = {};
      if (subordinate.entityTypes.includes("openid_relying_party")) metadataPolicy.openid_relying_party = RP_POLICY;
      if (subordinate.entityTypes.includes("openid_provider")) metadataPolicy.openid_provider = OP_POLICY;
      const jwt = await signJwt(
        { iss: config.entityId, sub, iat, exp: iat + STATEMENT_TTL, jwks: subordinate.jwks, metadata_policy: metadataPolicy },
        config.federationKey,
        ENTITY_STATEMENT_TYPE,
      );
      return send(response, 200, ENTITY_STATEMENT_MEDIA_TYPE, jwt);
    }
    if (url.pathname === "/list") {
      const type = url.searchParams.get("entity_type");
      const ids = config.subordinates.filter((entry) => !type || entry.entityTypes.includes(type as never)).map((entry) => entry.entityId);
      return send(response, 200, "application/json", JSON.stringify(ids));
    }
    if (url.pathname === "/trust_mark_status") {
      const params = request.method === "POST" ? await readForm(request) : url.searchParams;
      const mark = params.get("trust_mark");
      if (!mark) return sendError(response, 400, "invalid_request", "manca il parametro trust_mark");
      const payload = await verifyWithJwks(mark, anchorJwks, TRUST_MARK_TYPE).catch(() => null);
      const active = Boolean(payload && payload.iss === config.entityId && config.subordinates.some((entry) => entry.entityId === payload.sub));
      return send(response, 200, "application/json", JSON.stringify({ active }));
    }
    sendError(response, 404, "not_found", "risorsa inesistente");
  }

  return createServer((request, response) => {
    handle(request, response).catch((error: Error) => sendError(response, 500, "server_error", error.message));
  });
}
