import "server-only";
import type { JWK } from "jose";
import { env } from "@/lib/env";
import { msg } from "@/lib/i18n/translate";
import { rpClientId } from "./federation/entity-configuration";
import { resolvedProvider, trustedProviders } from "./federation/providers-cache";
import { authorizationRequestMessage } from "./protocol-log";
import { logProtocolMessage } from "./protocol-record";
import { AuthorizationRequestError, authorizationRedirect } from "./request-object";

export type LoginProvider = { id: string; kind: "spid" | "cie"; name: string; logoUri?: string };

/** The SPID and CIE providers to offer on the login page: only those whose trust chain verifies. */
export async function loadLoginProviders(): Promise<LoginProvider[]> {
  return (await trustedProviders()).map(({ op, resolved }) => ({ id: op.id, kind: op.kind, name: op.name, logoUri: resolved.logoUri }));
}

/**
 * The signed authorization request for a trusted OP, recorded in the protocol log before the browser is
 * sent on; null when the OP or the request is not acceptable, or the request could not be recorded.
 */
export async function loadAuthorizationRedirect(providerId: string, query: URLSearchParams): Promise<URL | null> {
  const config = env();
  const op = config.providers.find((candidate) => candidate.id === providerId);
  const resolved = op ? await resolvedProvider(op) : null;
  if (!op || !resolved) return null;
  const signingKey = (JSON.parse(config.RP_PRIVATE_JWKS) as { keys: JWK[] }).keys.find((key) => key.use === "sig")!;
  let signed: Awaited<ReturnType<typeof authorizationRedirect>>;
  try {
    signed = await authorizationRedirect({
      query,
      clientId: rpClientId(config),
      issuer: op.issuer,
      authorizationEndpoint: String(resolved.metadata.authorization_endpoint),
      signingKey,
    });
  } catch (error) {
    if (error instanceof AuthorizationRequestError) {
      console.error(`[auth] richiesta di autenticazione rifiutata per ${op.name}: ${error.message}`);
      return null;
    }
    throw error;
  }
  return (await logProtocolMessage(authorizationRequestMessage(op.id, signed.claims))) ? signed.url : null;
}

/** A trusted OP's signing keys from its verified chain. */
export async function loadProviderKeys(providerId: string): Promise<{ keys: JWK[] } | null> {
  const op = env().providers.find((candidate) => candidate.id === providerId);
  const resolved = op ? await resolvedProvider(op) : null;
  return resolved ? { keys: resolved.jwks.keys } : null;
}

const LOGIN_ERRORS: Record<string, string> = {
  "non-assistito": msg("Il tuo codice fiscale non risulta tra gli assistiti di questa regione. Rivolgiti alla tua ASL."),
  OAuthCallback: msg("L'accesso non è stato completato. Riprova; se il problema continua, scegli un altro gestore."),
  OAuthSignin: msg("Non è stato possibile contattare il gestore dell'identità. Riprova tra qualche minuto."),
  Callback: msg("L'accesso non è stato completato: è stato annullato, oppure il livello di sicurezza o i dati ricevuti non erano sufficienti. Puoi riprovare quando vuoi."),
  AccessDenied: msg("L'accesso è stato annullato."),
};

/** A plain-language message (Italian, translated where shown) for the error code next-auth or the login callback put in the URL. */
export function loginErrorMessage(code: string | undefined): string | null {
  if (!code) return null;
  return LOGIN_ERRORS[code] ?? msg("L'accesso non è riuscito. Riprova.");
}
