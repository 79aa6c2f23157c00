import { createHash, randomUUID } from "node:crypto";
import { appendFileSync } from "node:fs";
import type { JWK } from "jose";
import Provider, { errors, type Configuration } from "oidc-provider";
import MemoryAdapter from "oidc-provider/lib/adapters/memory_adapter.js";
import { demoPeople, type DemoPerson } from "../../prisma/seed/people";
import { SAMPLE_PATIENTS } from "./sample-patients";
import { ENTITY_STATEMENT_MEDIA_TYPE, ENTITY_STATEMENT_TYPE, publicJwk, signJwt, type TrustAnchor } from "./federation";
import { renderConsent, renderLogin } from "./login-page";
import { federationClientAdapter } from "./registration";
import { ACR_VALUES, requestObjectProblem } from "./request-object";

// A local OpenID Provider shaped like a SPID or CIE OP, for development, demo and tests only: it publishes
// an entity configuration under a trust anchor, registers the portal automatically through the federation,
// requires signed request objects, PKCE S256 and private_key_jwt, answers userinfo signed then encrypted,
// and records each revocation so tests can see logout reached the OP.

export { ACR_VALUES };
const EID = "https://attributes.eid.gov.it/";

export type OpProfile = { kind: "spid" | "cie"; name: string; issuer: string; organizationName?: string };
export type OpFederation = { anchor: TrustAnchor; trustMarkId: string; federationKey: JWK; revocationLog?: string };

function claimsOf(person: DemoPerson): Record<string, unknown> {
  return {
    given_name: person.givenName,
    family_name: person.familyName,
    birthdate: person.birthDate.toISOString().slice(0, 10),
    gender: person.sex === "F" ? "female" : "male",
    email: person.email ?? undefined,
    [`${EID}fiscal_number`]: `TINIT-${person.fiscalCode}`,
  };
}

const ATTRIBUTES = ["given_name", "family_name", "birthdate", "gender", "email", `${EID}fiscal_number`];
const ALGS = { sig: ["RS256", "RS512"], enc: ["RSA-OAEP", "RSA-OAEP-256"], encEnc: ["A128CBC-HS256", "A256CBC-HS512"] };
const EC_TTL = 24 * 3600;

export type RevocationRecord = { at: string; op: string; clientId: string; accountId: string | null; tokenFound: boolean };

export function createOp(profile: OpProfile, federation: OpFederation, signingKey: JWK, cookieSecret: string): Provider {
  const people = new Map([...demoPeople(), ...SAMPLE_PATIENTS].map((person) => [person.fiscalCode, person]));
  const revocations: RevocationRecord[] = [];
  const clients = federationClientAdapter(federation.anchor, federation.trustMarkId);
  const configuration: Configuration = {
    adapter: (name: string) => (name === "Client" ? clients : new MemoryAdapter(name)),
    jwks: { keys: [signingKey as never] },
    cookies: { keys: [cookieSecret] },
    clientAuthMethods: ["private_key_jwt"],
    acrValues: ACR_VALUES,
    responseTypes: ["code"],
    scopes: ["openid"],
    claims: { openid: ["sub"], acr: null, ...Object.fromEntries(ATTRIBUTES.map((name) => [name, null])) },
    pkce: { required: () => true },
    subjectTypes: ["pairwise"],
    // Pairwise: the same person gets a different `sub` from each OP, as with real SPID/CIE providers.
    pairwiseIdentifier: async (_ctx, accountId, client) =>
      createHash("sha256").update(`${profile.issuer}|${client.sectorIdentifier}|${accountId}`).digest("hex"),
    features: {
      devInteractions: { enabled: false },
      claimsParameter: { enabled: true },
      // Only the client the token was issued to may revoke it.
      revocation: { enabled: true, allowedPolicy: async (_ctx, client, token) => token.clientId === client.clientId },
      pushedAuthorizationRequests: { enabled: false },
      userinfo: { enabled: true },
      jwtUserinfo: { enabled: true },
      encryption: { enabled: true },
      rpInitiatedLogout: { enabled: false },
      requestObjects: {
        enabled: true,
        requireSignedRequestObject: true,
        async assertJwtClaimsAndHeader(ctx, claims, header, client) {
          if (!ALGS.sig.includes(String(header.alg))) throw new errors.InvalidRequestObject("algoritmo del request object non ammesso");
          const problem = requestObjectProblem(claims as Record<string, unknown>, profile.kind, client.clientId, profile.issuer);
          if (problem) throw new errors.InvalidRequestObject(problem);
          // SPID wants client_id and response_type repeated as plain parameters, equal to the object's.
          const query = ctx.method === "POST" ? (ctx.request as unknown as { body?: Record<string, string> }).body ?? {} : ctx.query;
          if (profile.kind === "spid" && (query.client_id !== claims.client_id || query.response_type !== claims.response_type)) {
            throw new errors.InvalidRequest("client_id e response_type devono essere ripetuti come parametri");
          }
        },
      },
    },
    enabledJWA: {
      idTokenSigningAlgValues: ALGS.sig as never,
      userinfoSigningAlgValues: ALGS.sig as never,
      requestObjectSigningAlgValues: ALGS.sig as never,
      clientAuthSigningAlgValues: ALGS.sig as never,
      userinfoEncryptionAlgValues: ALGS.enc as never,
      userinfoEncryptionEncValues: ALGS.encEnc as never,
    },
    routes: { authorization: "/authorization", token: "/token", userinfo: "/userinfo", revocation: "/revocation", jwks: "/jwks" },
    discovery: {
      client_registration_types_supported: ["automatic"],
      request_authentication_methods_supported: { authorization_endpoint: ["request_object"] },
      revocation_endpoint_auth_methods_supported: ["private_key_jwt"],
      response_modes_supported: ["query"],
    },
    ttl: { AccessToken: 900, IdToken: 300, AuthorizationCode: 60, Interaction: 600, Session: 3600, Grant: 3600 },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    async findAccount(_ctx, accountId) {
      const person = people.get(accountId);
      if (!person) return undefined;
      return { accountId, claims: async () => ({ sub: accountId, ...claimsOf(person) }) };
    },
    renderError(ctx, output) {
      ctx.type = "html";
      ctx.body = `<!doctype html><html lang="it"><meta charset="utf-8"><title>Errore</title><body><h1>Errore di autenticazione</h1><p>${String(
        output.error,
      ).replace(/[<>&]/g, "")}: ${String(output.error_description ?? "").replace(/[<>&]/g, "")}</p></body></html>`;
    },
  };
  const provider = new Provider(profile.issuer, configuration);

  // SPID wants at_hash, nbf and jti on the ID token and jti on userinfo; oidc-provider 9 no longer adds them.
  const issue = provider.IdToken.prototype.issue;
  provider.IdToken.prototype.issue = async function (this: InstanceType<typeof provider.IdToken>, options) {
    const now = Math.floor(Date.now() / 1000);
    const ctx = (this as unknown as { ctx?: { oidc?: { entities?: { AccessToken?: { jti: string } } } } }).ctx;
    if (options.use === "idtoken") {
      const accessToken = ctx?.oidc?.entities?.AccessToken;
      if (accessToken) this.set("at_hash", accessToken.jti);
      this.set("nbf", now);
    }
    this.set("jti", randomUUID());
    return issue.call(this, options);
  } as typeof issue;

  const federationJwks = { keys: [publicJwk(federation.federationKey)] };
  provider.use(async (ctx, next) => {
    if (ctx.path === "/.well-known/openid-federation" && ctx.method === "GET") {
      const discovery = (await (await fetch(`${profile.issuer}/.well-known/openid-configuration`)).json()) as Record<string, unknown>;
      // SPID OPs must not offer ID token encryption (Avviso SPID 41 v2); CIE may.
      if (profile.kind === "spid") {
        delete discovery.id_token_encryption_alg_values_supported;
        delete discovery.id_token_encryption_enc_values_supported;
      }
      const signingJwks = { keys: [publicJwk(signingKey)] };
      const iat = Math.floor(Date.now() / 1000);
      ctx.type = ENTITY_STATEMENT_MEDIA_TYPE;
      ctx.body = await signJwt(
        {
          iss: profile.issuer,
          sub: profile.issuer,
          iat,
          exp: iat + EC_TTL,
          jwks: federationJwks,
          authority_hints: [federation.anchor.entityId],
          metadata: {
            openid_provider: {
              ...discovery,
              jwks: signingJwks,
              signed_jwks_uri: `${profile.issuer}/jwks.jose`,
              userinfo_signing_alg_values_supported: ALGS.sig,
              userinfo_encryption_alg_values_supported: ALGS.enc,
              userinfo_encryption_enc_values_supported: ALGS.encEnc,
              authorization_response_iss_parameter_supported: true,
            },
            federation_entity: {
              organization_name: profile.organizationName ?? profile.name,
              homepage_uri: profile.issuer,
              logo_uri: `${profile.issuer}/logo.svg`,
              contacts: ["idp-di-prova@example.invalid"],
            },
          },
        },
        federation.federationKey,
        ENTITY_STATEMENT_TYPE,
      );
      return;
    }
    if (ctx.path === "/jwks.jose" && ctx.method === "GET") {
      ctx.type = "application/jwk-set+jwt";
      ctx.body = await signJwt(
        { iss: profile.issuer, sub: profile.issuer, iat: Math.floor(Date.now() / 1000), keys: [publicJwk(signingKey)] },
        federation.federationKey,
        "jwk-set+jwt",
      );
      return;
    }
    if (ctx.path === "/logo.svg" && ctx.method === "GET") {
      ctx.type = "image/svg+xml";
      ctx.body = logoSvg(profile);
      return;
    }
    if (ctx.path === "/userinfo" && ctx.method === "POST" && profile.kind === "spid") {
      // SPID's userinfo endpoint answers GET only; CIE's also POST.
      ctx.status = 405;
      ctx.set("Allow", "GET");
      ctx.body = { error: "invalid_request", error_description: "SPID: userinfo solo con GET" };
      return;
    }
    if (ctx.path === "/_dev/revocations" && ctx.method === "GET") {
      ctx.set("Cache-Control", "no-store");
      ctx.body = revocations;
      return;
    }
    await next();
    if (ctx.path === "/revocation" && ctx.method === "POST" && ctx.status === 200) {
      const token = ctx.oidc?.entities.AccessToken;
      const record: RevocationRecord = {
        at: new Date().toISOString(),
        op: profile.issuer,
        clientId: ctx.oidc?.client?.clientId ?? "",
        accountId: token?.accountId ?? null,
        tokenFound: Boolean(token),
      };
      revocations.push(record);
      if (federation.revocationLog) appendFileSync(federation.revocationLog, `${JSON.stringify(record)}\n`);
    }
  });

  provider.use(async (ctx, next) => {
    const match = /^\/interaction\/([\w-]+)(\/login|\/consent|\/abort)?$/.exec(ctx.path);
    if (!match) return next();
    const details = await provider.interactionDetails(ctx.req, ctx.res);
    ctx.set("Cache-Control", "no-store");
    if (ctx.method === "GET" && !match[2]) {
      ctx.type = "html";
      if (details.prompt.name === "consent") {
        const person = people.get(String(details.session?.accountId ?? ""));
        const client = await provider.Client.find(String(details.params.client_id));
        ctx.body = renderConsent(profile, details.uid, person, client?.clientName ?? String(details.params.client_id));
      } else {
        ctx.body = renderLogin(profile, details.uid, [...people.values()]);
      }
      return;
    }
    if (ctx.method !== "POST") return next();
    const form = new URLSearchParams(await readBody(ctx.req));
    if (match[2] === "/abort") {
      await provider.interactionFinished(ctx.req, ctx.res, { error: "access_denied", error_description: "Accesso annullato" });
      return;
    }
    if (match[2] === "/consent") {
      // The citizen agreed to release the attributes shown on the consent page.
      const accountId = details.session?.accountId;
      if (!accountId) throw new Error("consent without a logged-in account");
      const grant = new provider.Grant({ accountId, clientId: String(details.params.client_id) });
      grant.addOIDCScope("openid");
      grant.addOIDCClaims(ATTRIBUTES);
      const grantId = await grant.save();
      await provider.interactionFinished(ctx.req, ctx.res, { consent: { grantId } }, { mergeWithLastSubmission: true });
      return;
    }
    const fiscalCode = (form.get("fiscalCode") ?? "").trim().toUpperCase();
    const acr = ACR_VALUES.includes(form.get("acr") ?? "") ? form.get("acr")! : ACR_VALUES[1]!;
    if (!people.has(fiscalCode)) {
      ctx.status = 400;
      ctx.type = "html";
      ctx.body = renderLogin(profile, details.uid, [...people.values()], "Codice fiscale non presente tra le identità di prova.");
      return;
    }
    await provider.interactionFinished(ctx.req, ctx.res, { login: { accountId: fiscalCode, acr, amr: ["pwd"] } }, { mergeWithLastSubmission: false });
  });

  return provider;
}

async function readBody(request: NodeJS.ReadableStream): Promise<string> {
  let body = "";
  for await (const chunk of request) {
    body += chunk.toString();
    if (body.length > 10_000) throw new Error("body too large");
  }
  return body;
}

function logoSvg(profile: OpProfile): string {
  // A plain initial in a circle: the local OPs must not wear a real identity provider's brand.
  const initial = profile.kind === "cie" ? "C" : "S";
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><circle cx="16" cy="16" r="15" fill="#17324d"/><text x="16" y="21.5" font-family="Arial, sans-serif" font-size="16" font-weight="700" fill="#fff" text-anchor="middle">${initial}</text></svg>`;
}
