// The SPID/CIE rules for the request object (Regole tecniche, authorization endpoint), checked strictly so
// that the portal cannot pass against the local OPs with a request a real OP would refuse.

export const ACR_VALUES = [
  "https://www.spid.gov.it/SpidL1",
  "https://www.spid.gov.it/SpidL2",
  "https://www.spid.gov.it/SpidL3",
];

const REQUIRED = [
  "iss", "aud", "iat", "exp", "client_id", "response_type", "scope", "redirect_uri",
  "state", "nonce", "code_challenge", "code_challenge_method", "prompt", "acr_values", "claims",
] as const;

/** Why a request object is not acceptable, or null when it is. */
export function requestObjectProblem(claims: Record<string, unknown>, kind: "spid" | "cie", clientId: string, issuer: string): string | null {
  for (const name of REQUIRED) if (claims[name] === undefined) return `manca il claim ${name}`;
  if (claims.iss !== clientId || claims.client_id !== clientId) return "iss e client_id devono essere il client_id del portale";
  const audiences = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
  if (!audiences.includes(issuer)) return "aud deve contenere l'issuer dell'OP";
  if (claims.sub !== undefined) return "il request object non deve contenere sub";
  if (claims.response_type !== "code") return "response_type deve essere code";
  if (claims.code_challenge_method !== "S256") return "code_challenge_method deve essere S256";
  if (typeof claims.nonce !== "string" || claims.nonce.length < 32) return "nonce di almeno 32 caratteri";
  if (typeof claims.state !== "string" || claims.state.length < 32) return "state di almeno 32 caratteri";
  if (claims.prompt !== "consent" && claims.prompt !== "consent login") return "prompt deve essere consent o consent login";
  const acrs = String(claims.acr_values).split(" ").filter(Boolean);
  if (acrs.length === 0 || acrs.some((acr) => !ACR_VALUES.includes(acr))) return "acr_values non ammessi";
  const scopes = String(claims.scope).split(" ");
  const allowedScopes = kind === "spid" ? ["openid", "offline_access"] : ["openid", "offline_access", "profile", "email"];
  if (!scopes.includes("openid") || scopes.some((scope) => !allowedScopes.includes(scope))) return "scope non ammesso";
  const requested = claims.claims as { id_token?: Record<string, unknown>; userinfo?: Record<string, unknown> } | undefined;
  if (typeof requested !== "object" || requested === null || !requested.userinfo) return "claims.userinfo mancante";
  // SPID delivers attributes through userinfo only; CIE may also put them in the ID token.
  if (kind === "spid" && requested.id_token && Object.keys(requested.id_token).length > 0) return "SPID non ammette attributi nell'ID token";
  const iat = Number(claims.iat);
  const exp = Number(claims.exp);
  if (!(exp > iat)) return "exp deve seguire iat";
  return null;
}
