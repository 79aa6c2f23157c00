import { createHash } from "node:crypto";
import Provider, { type Configuration, type JWK } from "oidc-provider";
import { demoPeople, type DemoPerson } from "../../prisma/seed/people";
import { renderConsent, renderLogin } from "./login-page";

// A local OpenID Provider shaped like a SPID or CIE OP, for development, demo and tests only.
// Code flow with PKCE S256, private_key_jwt client authentication, acr levels and the eID attributes.

export const ACR_VALUES = [
  "https://www.spid.gov.it/SpidL1",
  "https://www.spid.gov.it/SpidL2",
  "https://www.spid.gov.it/SpidL3",
];
const EID = "https://attributes.eid.gov.it/";

export type OpProfile = { kind: "spid" | "cie"; name: string; issuer: string };
export type RelyingParty = { clientId: string; redirectUris: string[]; publicJwks: { keys: JWK[] } };

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

export function createOp(profile: OpProfile, rp: RelyingParty, signingKey: JWK, cookieSecret: string): Provider {
  const people = new Map(demoPeople().map((person) => [person.fiscalCode, person]));
  const configuration: Configuration = {
    clients: [
      {
        client_id: rp.clientId,
        client_name: "Fascicolo",
        redirect_uris: rp.redirectUris,
        response_types: ["code"],
        grant_types: ["authorization_code"],
        token_endpoint_auth_method: "private_key_jwt",
        token_endpoint_auth_signing_alg: "RS256",
        id_token_signed_response_alg: "RS256",
        jwks: rp.publicJwks,
      },
    ],
    jwks: { keys: [signingKey] },
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
      revocation: { enabled: true },
      userinfo: { enabled: true },
      rpInitiatedLogout: { enabled: false },
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
      ).replace(/[<>&]/g, "")}</p></body></html>`;
    },
  };
  const provider = new Provider(profile.issuer, configuration);

  provider.use(async (ctx, next) => {
    const match = /^\/interaction\/([\w-]+)(\/login|\/consent|\/abort)?$/.exec(ctx.path);
    if (!match) return next();
    const details = await provider.interactionDetails(ctx.req, ctx.res);
    ctx.set("Cache-Control", "no-store");
    if (ctx.method === "GET" && !match[2]) {
      ctx.type = "html";
      if (details.prompt.name === "consent") {
        const person = people.get(String(details.session?.accountId ?? ""));
        ctx.body = renderConsent(profile, details.uid, person);
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
