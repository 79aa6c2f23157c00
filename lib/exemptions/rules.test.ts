import { describe, expect, it } from "vitest";
import { assessIncomeExemption, declarableCodes, exemptionPeriod, incomeLimitCents, incomeYear, type IncomeDeclaration } from "./rules";

// Each income-exemption rule on both sides of its threshold (fse-features §4.1).

const TODAY = new Date("2026-11-23T00:00:00.000Z");
const bornYearsAgo = (years: number, dayShift = 0) => new Date(Date.UTC(2026 - years, 10, 23 + dayShift));
const ADULT = bornYearsAgo(40);
const eligible = (declaration: IncomeDeclaration, birthDate = ADULT, today = TODAY) => assessIncomeExemption(declaration, birthDate, today).eligible;

describe("E01: under 6 or 65 and over, household income not above € 36.151,98", () => {
  const e01 = (householdIncomeCents: number): IncomeDeclaration => ({ code: "E01", householdIncomeCents });
  it.each([
    ["5 years old, the day before the 6th birthday", bornYearsAgo(6, 1), true],
    ["6 years old today", bornYearsAgo(6), false],
    ["64 years old, the day before the 65th birthday", bornYearsAgo(65, 1), false],
    ["65 years old today", bornYearsAgo(65), true],
    ["newborn", bornYearsAgo(0, -30), true],
    ["90 years old", bornYearsAgo(90), true],
  ])("age: %s", (_label, birthDate, expected) => {
    expect(eligible(e01(1_000_000), birthDate)).toBe(expected);
  });
  it.each([
    [3_615_198, true],
    [3_615_199, false],
    [0, true],
  ])("income %i cents", (income, expected) => {
    expect(eligible(e01(income), bornYearsAgo(70))).toBe(expected);
  });
  it("explains every unmet condition", () => {
    const outcome = assessIncomeExemption(e01(4_000_000), ADULT, TODAY);
    expect(outcome.eligible).toBe(false);
    expect(!outcome.eligible && outcome.reasons).toEqual([
      "L'esenzione E01 spetta a chi ha meno di 6 anni o almeno 65: la persona ha 40 anni.",
      "Il reddito del nucleo familiare fiscale supera il limite di € 36.151,98.",
    ]);
  });
});

describe("E02: unemployed after work, household income below € 8.263,31 (€ 11.362,05 with spouse) + € 516,46 per child", () => {
  const e02 = (householdIncomeCents: number, spouse = false, dependentChildren = 0, unemployedAfterWork = true): IncomeDeclaration => ({
    code: "E02",
    beneficiary: "HOLDER",
    unemployedAfterWork,
    householdIncomeCents,
    spouse,
    dependentChildren,
  });
  it.each([
    ["alone, just below", e02(826_330), true],
    ["alone, at the limit", e02(826_331), false],
    ["with spouse, just below", e02(1_136_204, true), true],
    ["with spouse, at the limit", e02(1_136_205, true), false],
    ["alone with 2 children, just below € 9.296,23", e02(929_622, false, 2), true],
    ["alone with 2 children, at € 9.296,23", e02(929_623, false, 2), false],
    ["spouse and 1 child, just below € 11.878,51", e02(1_187_850, true, 1), true],
    ["spouse and 1 child, at € 11.878,51", e02(1_187_851, true, 1), false],
    ["never worked", e02(0, false, 0, false), false],
  ])("%s", (_label, declaration, expected) => {
    expect(eligible(declaration)).toBe(expected);
  });
  it("explains the limit that applies, with spouse and children", () => {
    const outcome = assessIncomeExemption(e02(1_200_000, true, 1), ADULT, TODAY);
    expect(!outcome.eligible && outcome.reasons).toEqual(["Il reddito del nucleo familiare fiscale deve essere inferiore a € 11.878,51 (con il coniuge e i figli a carico indicati)."]);
  });
  it("adds € 516,46 per dependent child", () => {
    expect(incomeLimitCents(false, 3)).toBe(826_331 + 3 * 51_646);
    expect(incomeLimitCents(true, 0)).toBe(1_136_205);
  });
});

describe("E03: holders of the assegno sociale and their dependants", () => {
  it.each([
    ["holder", { code: "E03", beneficiary: "HOLDER", socialAllowance: true } as const, true],
    ["dependant", { code: "E03", beneficiary: "DEPENDANT", socialAllowance: true } as const, true],
    ["no assegno sociale", { code: "E03", beneficiary: "HOLDER", socialAllowance: false } as const, false],
  ])("%s", (_label, declaration, expected) => {
    expect(eligible(declaration)).toBe(expected);
  });
});

describe("E04: minimum pension, holder 60 and over, same income limits as E02", () => {
  const e04 = (over: Partial<Extract<IncomeDeclaration, { code: "E04" }>> = {}): IncomeDeclaration => ({
    code: "E04",
    beneficiary: "HOLDER",
    minimumPension: true,
    holderAged60: false,
    householdIncomeCents: 800_000,
    spouse: false,
    dependentChildren: 0,
    ...over,
  });
  it.each([
    ["holder aged 60 today", e04(), bornYearsAgo(60), true],
    ["holder the day before the 60th birthday", e04(), bornYearsAgo(60, 1), false],
    ["dependant of a holder aged 60 or more", e04({ beneficiary: "DEPENDANT", holderAged60: true }), bornYearsAgo(30), true],
    ["dependant of a holder under 60", e04({ beneficiary: "DEPENDANT", holderAged60: false }), bornYearsAgo(30), false],
    ["not a minimum pension", e04({ minimumPension: false }), bornYearsAgo(70), false],
    ["income at the limit", e04({ householdIncomeCents: 826_331 }), bornYearsAgo(70), false],
    ["with spouse, just below", e04({ householdIncomeCents: 1_136_204, spouse: true }), bornYearsAgo(70), true],
  ])("%s", (_label, declaration, birthDate, expected) => {
    expect(eligible(declaration, birthDate)).toBe(expected);
  });
});

describe("the yearly period", () => {
  it.each([
    ["2026-03-31T23:00:00.000Z", "2025-04-01", "2026-03-31", 2024],
    ["2026-04-01T00:00:00.000Z", "2026-04-01", "2027-03-31", 2025],
    ["2026-11-23T10:00:00.000Z", "2026-04-01", "2027-03-31", 2025],
  ])("a declaration on %s belongs to %s – %s, on %i income", (on, start, end, year) => {
    const period = exemptionPeriod(new Date(on));
    expect(period.start.toISOString().slice(0, 10)).toBe(start);
    expect(period.end.toISOString().slice(0, 10)).toBe(end);
    expect(incomeYear(period)).toBe(year);
  });
});

describe("amounts as people type them", async () => {
  const { parseEuroCents } = await import("./schema");
  it.each([
    ["8.263,31", 826_331],
    ["8263,31", 826_331],
    ["8263.31", 826_331],
    ["8263", 826_300],
    ["€ 36.151,98", 3_615_198],
    ["36.151", 3_615_100],
    ["0", 0],
    ["abc", null],
    ["-5", null],
    ["1,2,3", null],
  ])("%s", (raw, cents) => {
    expect(parseEuroCents(raw)).toBe(cents);
  });
});

describe("the codes the form offers", () => {
  const today = new Date("2026-12-03T10:00:00Z");
  it("leaves E01 out for a 46-year-old, and says the age that rules it out", () => {
    expect(declarableCodes(new Date("1980-01-01"), today)).toEqual({ offered: ["E02", "E03", "E04"], withheld: [{ code: "E01", age: 46 }] });
  });
  it("offers E01 under 6 and from the 65th birthday, on the day itself", () => {
    expect(declarableCodes(new Date("2021-12-04"), today).offered).toContain("E01");
    expect(declarableCodes(new Date("2020-12-03"), today).offered).not.toContain("E01");
    expect(declarableCodes(new Date("1961-12-03"), today).offered).toContain("E01");
    expect(declarableCodes(new Date("1961-12-04"), today).offered).not.toContain("E01");
  });
  it("never withholds a code that the assessment would accept for that age", () => {
    for (const born of ["2023-05-01", "2019-01-01", "1980-01-01", "1961-12-03", "1938-09-27"]) {
      const { offered } = declarableCodes(new Date(born), today);
      const e01 = assessIncomeExemption({ code: "E01", householdIncomeCents: 1_000_000 }, new Date(born), today);
      expect(offered.includes("E01"), born).toBe(e01.eligible);
    }
  });
});
