import { createHash } from "node:crypto";
import { stringify } from "csv-stringify/sync";
import { decodeJwt, decodeProtectedHeader } from "jose";
import type { TokenSet } from "openid-client";
import { spreadsheetSafe } from "@/lib/access-log/csv";
import { identityFromClaims } from "./claims";

// What the SPID/CIE rules require the portal to keep of each protocol message (decision 0018), cut down
// to what an audit needs: who asked which OP for what, what came back and when, never a token and no
// attribute's value but the fiscal code that names the person. Pure functions: the rows are written by
// lib/auth/protocol-record.ts, where each message passes.

export type ProtocolKind = "AUTHORIZATION_REQUEST" | "TOKEN_RESPONSE" | "USERINFO_RESPONSE" | "SESSION_OPENED" | "REVOCATION";
export type ProtocolOutcome = "OK" | "ERROR" | "REFUSED";

export type ProtocolMessage = {
  kind: ProtocolKind;
  provider: string;
  outcome: ProtocolOutcome;
  flowHash?: string | null;
  sessionHash?: string | null;
  personId?: string | null;
  fiscalCode?: string | null;
  detail: Record<string, unknown>;
};

export function sha256(value: string): string {
  return createHash("sha256").update(value, "utf8").digest("hex");
}

/** The login's key across its messages: the nonce is in the request object, the ID token and nothing else. */
export function flowHashOf(nonce: unknown): string | null {
  return typeof nonce === "string" && nonce.length > 0 ? sha256(nonce) : null;
}

// The request object's claims kept as they are: none is a secret. state and nonce bind the browser's
// login and are kept only as hashes; the PKCE challenge is dropped (it proves nothing once spent).
const REQUEST_CLAIMS_KEPT = [
  "client_id", "response_type", "scope", "redirect_uri", "prompt", "acr_values", "claims", "ui_locales",
  "code_challenge_method", "iss", "aud", "iat", "exp", "jti",
] as const;

export function authorizationRequestMessage(provider: string, claims: Record<string, unknown>): ProtocolMessage {
  const detail: Record<string, unknown> = {};
  for (const name of REQUEST_CLAIMS_KEPT) if (claims[name] !== undefined) detail[name] = claims[name];
  if (typeof claims.state === "string") detail.state_sha256 = sha256(claims.state);
  return { kind: "AUTHORIZATION_REQUEST", provider, outcome: "OK", flowHash: flowHashOf(claims.nonce), detail };
}

const ID_TOKEN_CLAIMS_KEPT = ["iss", "sub", "aud", "acr", "iat", "exp", "auth_time", "jti"] as const;

function idTokenSummary(idToken: string): Record<string, unknown> {
  const claims = decodeJwt(idToken);
  const header = decodeProtectedHeader(idToken);
  const summary: Record<string, unknown> = { alg: header.alg, kid: header.kid };
  for (const name of ID_TOKEN_CLAIMS_KEPT) if (claims[name] !== undefined) summary[name] = claims[name];
  if (typeof claims.nonce === "string") summary.nonce_sha256 = sha256(claims.nonce);
  return summary;
}

/** A successful token response: which tokens arrived, their type and expiry, the ID token's claims. */
export function tokenResponseMessage(provider: string, tokens: TokenSet, outcome: ProtocolOutcome = "OK", refusal?: string): ProtocolMessage {
  const received = (["access_token", "id_token", "refresh_token"] as const).filter((name) => typeof tokens[name] === "string");
  const detail: Record<string, unknown> = { tokens: received, token_type: tokens.token_type, expires_at: tokens.expires_at, scope: tokens.scope };
  let nonce: unknown;
  if (tokens.id_token) {
    try {
      detail.id_token = idTokenSummary(tokens.id_token);
      nonce = decodeJwt(tokens.id_token).nonce;
    } catch {
      detail.id_token = "illeggibile";
    }
  }
  if (refusal) detail.refusal = refusal;
  return { kind: "TOKEN_RESPONSE", provider, outcome, flowHash: flowHashOf(nonce), detail };
}

// Error messages from the OIDC client may quote what they compared (a nonce, a state, a token): any long
// run of token characters is masked, and the text is cut short.
const TOKEN_LIKE = /[A-Za-z0-9_~+/=.-]{20,}/g;

export function errorSummary(error: unknown): Record<string, unknown> {
  const value = error as { name?: unknown; error?: unknown; error_description?: unknown; message?: unknown };
  const mask = (text: unknown) => (typeof text === "string" ? text.replace(TOKEN_LIKE, "…").slice(0, 200) : undefined);
  return {
    error: typeof value?.error === "string" ? value.error : typeof value?.name === "string" ? value.name : "Error",
    description: mask(value?.error_description) ?? mask(value?.message),
  };
}

export function failedMessage(kind: ProtocolKind, provider: string, flowHash: string | null, error: unknown): ProtocolMessage {
  return { kind, provider, outcome: "ERROR", flowHash, detail: errorSummary(error) };
}

const REGISTERED_CLAIMS = new Set(["iss", "sub", "aud", "iat", "exp", "nbf", "jti"]);

/** Userinfo as decrypted and verified: its envelope, the names of the attributes that arrived, the fiscal code. */
export function userinfoMessage(provider: string, flowHash: string | null, claims: Record<string, unknown>): ProtocolMessage {
  const identity = identityFromClaims(claims);
  const detail: Record<string, unknown> = {};
  for (const name of REGISTERED_CLAIMS) if (claims[name] !== undefined) detail[name] = claims[name];
  detail.attributes = Object.keys(claims).filter((name) => !REGISTERED_CLAIMS.has(name)).sort();
  if (!identity) detail.refusal = "FISCAL_CODE_MISSING_OR_INVALID";
  return { kind: "USERINFO_RESPONSE", provider, outcome: identity ? "OK" : "REFUSED", flowHash, fiscalCode: identity?.fiscalCode ?? null, detail };
}

export function sessionOpenedMessage(input: {
  provider: string; flowHash: string | null; sessionId: string; personId: string; fiscalCode: string; acr: string; expiresAt: Date;
}): ProtocolMessage {
  return {
    kind: "SESSION_OPENED",
    provider: input.provider,
    outcome: "OK",
    flowHash: input.flowHash,
    sessionHash: sha256(input.sessionId),
    personId: input.personId,
    fiscalCode: input.fiscalCode,
    detail: { acr: input.acr, expires_at: input.expiresAt.toISOString() },
  };
}

export function revocationMessage(input: {
  provider: string; sessionId: string; personId: string; fiscalCode: string; reason: string; revoked: boolean; result: string;
}): ProtocolMessage {
  return {
    kind: "REVOCATION",
    provider: input.provider,
    outcome: input.revoked ? "OK" : "ERROR",
    sessionHash: sha256(input.sessionId),
    personId: input.personId,
    fiscalCode: input.fiscalCode,
    detail: { reason: input.reason, token_type_hint: "access_token", result: input.result },
  };
}

export type ExportedProtocolRow = {
  seq: string; at: Date; kind: string; provider: string; outcome: string; flowHash: string | null; sessionHash: string | null;
  personId: string | null; fiscalCode: string | null; detail: unknown;
};

const EXPORT_COLUMNS = ["seq", "at", "kind", "provider", "outcome", "flowHash", "sessionHash", "personId", "fiscalCode", "detail"] as const;

/** The rows as the operator's command prints them: JSON, or CSV (semicolons, BOM) for a spreadsheet. */
export function formatProtocolLog(rows: ExportedProtocolRow[], format: "json" | "csv"): string {
  if (format === "json") return `${JSON.stringify(rows.map((row) => ({ ...row, at: row.at.toISOString() })), null, 2)}\n`;
  const body = stringify(
    rows.map((row) => [row.seq, row.at.toISOString(), row.kind, row.provider, row.outcome, row.flowHash ?? "", row.sessionHash ?? "", row.personId ?? "", row.fiscalCode ?? "", JSON.stringify(row.detail)]),
    { header: true, delimiter: ";", columns: [...EXPORT_COLUMNS], cast: { string: spreadsheetSafe } },
  );
  return `\uFEFF${body}`;
}
