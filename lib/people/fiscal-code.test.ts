import { describe, expect, it } from "vitest";
import { computeFiscalCode, isValidFiscalCode, normalizeFiscalCode, readFiscalCode } from "./fiscal-code";

describe("fiscal code", () => {
  it.each(["RSSMRA80A01H501U", "VRDLCU85T50F205H", "BNCGPP75C15Z404W", "GDASDV00A01H501J", "LVLDAA85T50G702B"])(
    "accepts the valid code %s",
    (code) => expect(isValidFiscalCode(code)).toBe(true),
  );

  it("accepts omocodia and reads the same birth facts", () => {
    expect(isValidFiscalCode("RSSMRA80A01H50MM")).toBe(true);
    expect(readFiscalCode("RSSMRA80A01H50MM")?.birthDate.toISOString()).toBe("1980-01-01T00:00:00.000Z");
    expect(readFiscalCode("RSSMRA80A01H50MM")?.birthPlaceCode).toBe("H501");
  });

  it.each([
    ["wrong check character", "RSSMRA80A01H501X"],
    ["wrong check character (E expected)", "MHASDV02A31H671H"],
    ["invalid month letter", "ABCXYZ00W00Z000Z"],
    ["too short", "RSSMRA80A01H501"],
    ["impossible day", "RSSMRA80A32H501Y"],
    ["empty", ""],
  ])("refuses a code with %s", (_why, code) => expect(isValidFiscalCode(code)).toBe(false));

  it("strips the TINIT- prefix of the SPID/CIE claim", () => {
    expect(normalizeFiscalCode("TINIT-rssmra80a01h501u")).toBe("RSSMRA80A01H501U");
  });

  it("reads sex from the day field (women have day + 40)", () => {
    expect(readFiscalCode("VRDLCU85T50F205H")).toMatchObject({ sex: "F" });
    expect(readFiscalCode("VRDLCU85T50F205H")?.birthDate.toISOString().slice(0, 10)).toBe("1985-12-10");
  });

  it("computes the codes of known people", () => {
    expect(
      computeFiscalCode({ familyName: "Rossi", givenName: "Mario", birthDate: new Date(Date.UTC(1980, 0, 1)), sex: "M", birthPlaceCode: "H501" }),
    ).toBe("RSSMRA80A01H501U");
    expect(
      computeFiscalCode({ familyName: "Verdi", givenName: "Lucia", birthDate: new Date(Date.UTC(1985, 11, 10)), sex: "F", birthPlaceCode: "F205" }),
    ).toBe("VRDLCU85T50F205H");
  });

  it("places a two-digit year in the right century", () => {
    const code = computeFiscalCode({ familyName: "Neri", givenName: "Sara", birthDate: new Date(Date.UTC(2019, 4, 3)), sex: "F", birthPlaceCode: "H501" });
    expect(readFiscalCode(code, new Date(Date.UTC(2026, 10, 23)))?.birthDate.getUTCFullYear()).toBe(2019);
  });
});
