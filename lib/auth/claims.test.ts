import { describe, expect, it } from "vitest";
import { acrIsSufficient, identityFromClaims } from "./claims";

describe("identity from SPID/CIE claims", () => {
  it("keys the identity on the fiscal code, stripping TINIT-", () => {
    expect(identityFromClaims({ sub: "pairwise-1", "https://attributes.eid.gov.it/fiscal_number": "TINIT-RSSMRA80A01H501U", given_name: "Mario" })).toEqual({
      fiscalCode: "RSSMRA80A01H501U",
      subject: "pairwise-1",
      givenName: "Mario",
      familyName: "",
    });
  });

  it("tolerates the other spellings of the claim", () => {
    expect(identityFromClaims({ sub: "s", fiscal_number: "TINIT-VRDLCU85T50F205H" })?.fiscalCode).toBe("VRDLCU85T50F205H");
    expect(identityFromClaims({ sub: "s", "https://attributes.spid.gov.it/fiscalNumber": "TINIT-VRDLCU85T50F205H" })?.fiscalCode).toBe("VRDLCU85T50F205H");
  });

  it("refuses a missing or invalid fiscal code and never falls back to e-mail or sub", () => {
    expect(identityFromClaims({ sub: "s", email: "a@b.it" })).toBeNull();
    expect(identityFromClaims({ sub: "s", fiscal_number: "TINIT-RSSMRA80A01H501X" })).toBeNull();
    expect(identityFromClaims({ fiscal_number: "TINIT-RSSMRA80A01H501U" })).toBeNull();
  });

  it("requires at least SPID level 2", () => {
    expect(acrIsSufficient("https://www.spid.gov.it/SpidL1")).toBe(false);
    expect(acrIsSufficient("https://www.spid.gov.it/SpidL2")).toBe(true);
    expect(acrIsSufficient("https://www.spid.gov.it/SpidL3")).toBe(true);
    expect(acrIsSufficient(undefined)).toBe(false);
  });
});
