import { describe, expect, it } from "vitest";
import { requestObjectProblem } from "./request-object";

const RP = "http://localhost:3000";
const OP = "http://127.0.0.1:4001";
const valid = () => ({
  iss: RP, client_id: RP, aud: OP, iat: 1000, exp: 1060, jti: "j", response_type: "code", scope: "openid",
  redirect_uri: `${RP}/api/auth/callback/spid-test`, state: "s".repeat(43), nonce: "n".repeat(43),
  code_challenge: "c".repeat(43), code_challenge_method: "S256", prompt: "consent login",
  acr_values: "https://www.spid.gov.it/SpidL2", claims: { userinfo: { given_name: null } },
});

describe("request objects the local OPs accept, as SPID/CIE OPs would", () => {
  it("accepts the request object the rules describe", () => {
    expect(requestObjectProblem(valid(), "spid", RP, OP)).toBeNull();
    expect(requestObjectProblem({ ...valid(), aud: [OP, `${OP}/authorization`] }, "spid", RP, OP)).toBeNull();
  });

  it.each([
    ["a short nonce", { nonce: "short" }, /nonce/],
    ["a short state", { state: "x" }, /state/],
    ["plain PKCE", { code_challenge_method: "plain" }, /S256/],
    ["another audience", { aud: "https://elsewhere.example" }, /aud/],
    ["a sub claim", { sub: "someone" }, /sub/],
    ["an unknown prompt", { prompt: "none" }, /prompt/],
    ["an unknown acr", { acr_values: "urn:low" }, /acr_values/],
    ["attributes in the SPID ID token", { claims: { userinfo: {}, id_token: { given_name: null } } }, /ID token/],
    ["another issuer", { iss: "https://other.example" }, /client_id/],
  ])("refuses %s", (_label, change, message) => {
    expect(requestObjectProblem({ ...valid(), ...change }, "spid", RP, OP)).toMatch(message);
  });

  it("refuses a request object without exp", () => {
    const withoutExp: Record<string, unknown> = valid();
    delete withoutExp.exp;
    expect(requestObjectProblem(withoutExp, "cie", RP, OP)).toMatch(/exp/);
  });
});
