import { generateKeyPair, SignJWT } from "jose";
import { TokenSet } from "openid-client";
import { beforeAll, describe, expect, it } from "vitest";
import {
  authorizationRequestMessage, errorSummary, formatProtocolLog, revocationMessage, sessionOpenedMessage, sha256, tokenResponseMessage, userinfoMessage,
} from "./protocol-log";
import { REQUESTED_CLAIMS } from "./providers";

// The protocol log keeps what an audit needs of each SPID/CIE message and nothing that would let someone
// reuse a token or read a person's attributes.

const CLIENT_ID = "https://fse.regione.example.it";
const OP = "https://op.example.it";
const STATE = "state-".repeat(8);
const NONCE = "nonce-".repeat(8);
let idToken: string;
const ACCESS_TOKEN = "eyJhbGciOiJSUzI1NiJ9.access-token-body-that-must-never-be-logged.signature";

beforeAll(async () => {
  const { privateKey } = await generateKeyPair("RS256", { extractable: true });
  idToken = await new SignJWT({ acr: "https://www.spid.gov.it/SpidL2", nonce: NONCE, at_hash: "h".repeat(22), jti: "id-jti-1" })
    .setProtectedHeader({ alg: "RS256", kid: "op-core-1" })
    .setIssuer(OP)
    .setSubject("pairwise-sub-1")
    .setAudience(CLIENT_ID)
    .setIssuedAt(1_800_000_000)
    .setExpirationTime(1_800_000_300)
    .sign(privateKey);
});

describe("what the protocol log keeps of each message", () => {
  it("keeps the authorization request's claims, with state and nonce only as hashes and no PKCE challenge", () => {
    const claims = {
      client_id: CLIENT_ID, response_type: "code", scope: "openid", redirect_uri: `${CLIENT_ID}/api/auth/callback/spid-test`,
      state: STATE, nonce: NONCE, code_challenge: "challenge-".repeat(5), code_challenge_method: "S256", prompt: "consent login",
      acr_values: "https://www.spid.gov.it/SpidL2", claims: REQUESTED_CLAIMS, iss: CLIENT_ID, aud: OP, iat: 1, exp: 121, jti: "req-jti-1",
    };
    const message = authorizationRequestMessage("spid-test", claims);
    expect(message).toMatchObject({ kind: "AUTHORIZATION_REQUEST", provider: "spid-test", outcome: "OK", flowHash: sha256(NONCE) });
    expect(message.detail).toMatchObject({ client_id: CLIENT_ID, aud: OP, jti: "req-jti-1", acr_values: "https://www.spid.gov.it/SpidL2", claims: REQUESTED_CLAIMS, state_sha256: sha256(STATE) });
    const text = JSON.stringify(message);
    for (const secret of [STATE, NONCE, "challenge-"]) expect(text).not.toContain(secret);
  });

  it("keeps which tokens arrived, their type and expiry and the ID token's audit claims, never a token", () => {
    const tokens = new TokenSet({ access_token: ACCESS_TOKEN, id_token: idToken, token_type: "Bearer", expires_at: 1_800_000_180 });
    const message = tokenResponseMessage("cie", tokens);
    expect(message).toMatchObject({ kind: "TOKEN_RESPONSE", provider: "cie", outcome: "OK", flowHash: sha256(NONCE) });
    expect(message.detail).toEqual({
      tokens: ["access_token", "id_token"],
      token_type: "Bearer",
      expires_at: 1_800_000_180,
      scope: undefined,
      id_token: {
        alg: "RS256", kid: "op-core-1", iss: OP, sub: "pairwise-sub-1", aud: CLIENT_ID, acr: "https://www.spid.gov.it/SpidL2",
        iat: 1_800_000_000, exp: 1_800_000_300, jti: "id-jti-1", nonce_sha256: sha256(NONCE),
      },
    });
    const text = JSON.stringify(message);
    expect(text).not.toContain(ACCESS_TOKEN);
    expect(text).not.toContain(idToken.split(".")[2]!);
    expect(text).not.toContain(NONCE);
  });

  it("records an insufficient acr as a refused token response", () => {
    const message = tokenResponseMessage("spid-test", new TokenSet({ access_token: ACCESS_TOKEN, id_token: idToken, token_type: "Bearer" }), "REFUSED", "ACR_TOO_LOW");
    expect(message).toMatchObject({ outcome: "REFUSED", detail: { refusal: "ACR_TOO_LOW" } });
  });

  it("keeps userinfo's envelope and the names of the attributes, and of their values only the fiscal code", () => {
    const message = userinfoMessage("spid-test", sha256(NONCE), {
      iss: OP, aud: CLIENT_ID, sub: "pairwise-sub-1", iat: 1, exp: 2, given_name: "Mario", family_name: "Rossi",
      birthdate: "1980-01-01", email: "mario@example.it", "https://attributes.eid.gov.it/fiscal_number": "TINIT-RSSMRA80A01H501U",
    });
    expect(message).toMatchObject({ kind: "USERINFO_RESPONSE", outcome: "OK", fiscalCode: "RSSMRA80A01H501U", flowHash: sha256(NONCE) });
    expect(message.detail).toEqual({
      iss: OP, aud: CLIENT_ID, sub: "pairwise-sub-1", iat: 1, exp: 2,
      attributes: ["birthdate", "email", "family_name", "given_name", "https://attributes.eid.gov.it/fiscal_number"],
    });
    expect(JSON.stringify(message)).not.toMatch(/Mario|Rossi|1980-01-01|mario@example/);
  });

  it("records userinfo without a valid fiscal code as refused, naming no one", () => {
    const message = userinfoMessage("spid-test", null, { sub: "x", "https://attributes.eid.gov.it/fiscal_number": "TINIT-RSSMRA80A01H501X" });
    expect(message).toMatchObject({ outcome: "REFUSED", fiscalCode: null, detail: { refusal: "FISCAL_CODE_MISSING_OR_INVALID" } });
  });

  it("masks anything token-like in an error's text and keeps the OP's error code", () => {
    const summary = errorSummary(Object.assign(new Error(`nonce mismatch, expected ${NONCE}, got: ${ACCESS_TOKEN}`), { name: "RPError" }));
    expect(summary.error).toBe("RPError");
    expect(summary.description).toBe("nonce mismatch, expected …, got: …");
    expect(errorSummary({ error: "invalid_grant", error_description: "grant expired" })).toEqual({ error: "invalid_grant", description: "grant expired" });
  });

  it("ties session openings and revocations to the session by its id's hash, never the id", () => {
    const opened = sessionOpenedMessage({ provider: "cie", flowHash: "f", sessionId: "secret-session-id", personId: "p1", fiscalCode: "RSSMRA80A01H501U", acr: "L2", expiresAt: new Date("2026-12-03T20:00:00Z") });
    const revoked = revocationMessage({ provider: "cie", sessionId: "secret-session-id", personId: "p1", fiscalCode: "RSSMRA80A01H501U", reason: "IDLE", revoked: false, result: "HTTP 503" });
    expect(opened.sessionHash).toBe(sha256("secret-session-id"));
    expect(revoked).toMatchObject({ kind: "REVOCATION", outcome: "ERROR", sessionHash: sha256("secret-session-id"), detail: { reason: "IDLE", result: "HTTP 503" } });
    expect(JSON.stringify([opened, revoked])).not.toContain("secret-session-id");
  });
});

describe("the operator's export", () => {
  const rows = [
    { seq: "7", at: new Date("2026-12-03T10:00:00Z"), kind: "REVOCATION", provider: "spid-test", outcome: "OK", flowHash: null, sessionHash: "s", personId: "p", fiscalCode: "RSSMRA80A01H501U", detail: { reason: "LOGOUT", note: "=HYPERLINK(1)" } },
  ];

  it("prints JSON with ISO times", () => {
    expect(JSON.parse(formatProtocolLog(rows, "json"))).toEqual([{ ...rows[0], at: "2026-12-03T10:00:00.000Z" }]);
  });

  it("prints CSV for spreadsheets: BOM, semicolons, a header, and no cell that runs as a formula", () => {
    const csv = formatProtocolLog([{ ...rows[0]!, provider: "=cmd" }], "csv");
    const [header, line] = csv.replace(/^\uFEFF/, "").trim().split("\n");
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(header).toBe("seq;at;kind;provider;outcome;flowHash;sessionHash;personId;fiscalCode;detail");
    expect(line).toContain(";'=cmd;");
    expect(line).toContain("RSSMRA80A01H501U");
  });
});
