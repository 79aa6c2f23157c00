import "server-only";
import { env } from "@/lib/env";
import { msg } from "@/lib/i18n/translate";

export type LoginProvider = { id: string; kind: "spid" | "cie"; name: string };

/** The SPID and CIE providers to offer on the login page. */
export function loginProviders(): LoginProvider[] {
  return env().providers.map(({ id, kind, name }) => ({ id, kind, name }));
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
