import { describe, expect, it } from "vitest";
import { parseCda } from "../lib/cda/parse";
import { buildCda } from "../prisma/seed/cda-builder";
import { VACCINES } from "../prisma/seed/catalog";
import { planDocuments } from "../prisma/seed/documents";
import { demoPeople } from "../prisma/seed/people";

// The demo vaccination histories, read back as the portal reads them (the CDA of each planned document):
// a tester who opens a booklet must find nothing impossible in it.
const TODAY = new Date("2026-12-03T10:00:00Z");
const histories = demoPeople().map((person) => ({
  person,
  vaccinations: planDocuments(person, TODAY)
    .flatMap((document) => parseCda(buildCda(document.cda)).vaccinations)
    .sort((a, b) => (a.date ?? "").localeCompare(b.date ?? "")),
}));
const series = new Map(VACCINES.map((vaccine) => [vaccine.atc, vaccine]));

describe("demo vaccinations", () => {
  it("exist for adults and for children, so the page and the certificate have something to show", () => {
    const withAny = histories.filter((history) => history.vaccinations.length > 0);
    expect(withAny.some((history) => history.person.birthDate.getUTCFullYear() >= 2010)).toBe(true);
    expect(withAny.some((history) => history.person.birthDate.getUTCFullYear() < 1990)).toBe(true);
    expect(histories.find((history) => history.person.id === "demo-giulia")!.vaccinations.length).toBeGreaterThan(0);
  });

  it("give no COVID-19 dose before the first campaign (27 December 2020)", () => {
    const covid = histories.flatMap((history) => history.vaccinations.filter((vaccination) => vaccination.atcCode === "J07BX03"));
    expect(covid.length).toBeGreaterThan(0);
    for (const dose of covid) expect(dose.date! >= "2020-12-27").toBe(true);
  });

  it("number each vaccine's doses 1, 2, 3… in date order within its series, and seasonal doses 1", () => {
    for (const { person, vaccinations } of histories) {
      for (const [atc, vaccine] of series) {
        const doses = vaccinations.filter((vaccination) => vaccination.atcCode === atc).map((vaccination) => vaccination.doseNumber);
        const expected = vaccine.doses === null ? doses.map(() => 1) : doses.map((_, index) => index + 1);
        expect(doses, `${person.id} ${vaccine.name}`).toEqual(expected);
        if (vaccine.doses !== null) expect(doses.length).toBeLessThanOrEqual(vaccine.doses);
      }
    }
  });

  it("give each vaccine only at the ages it is meant for", () => {
    for (const { person, vaccinations } of histories) {
      for (const vaccination of vaccinations) {
        const vaccine = series.get(vaccination.atcCode!)!;
        const months = (Date.parse(vaccination.date!) - person.birthDate.getTime()) / (30.44 * 86_400_000);
        expect(months, `${person.id} ${vaccine.name} on ${vaccination.date}`).toBeGreaterThanOrEqual(vaccine.minAgeMonths - 1);
        expect(months).toBeLessThanOrEqual(vaccine.maxAgeMonths + 1);
      }
    }
  });
});

describe("demo children", () => {
  it("get COVID-19 doses from no stand-in: their histories are the childhood series and the seasonal vaccine", () => {
    const sofia = histories.find((history) => history.person.id === "demo-sofia")!;
    expect(sofia.vaccinations.length).toBeGreaterThan(0);
    expect(sofia.vaccinations.map((vaccination) => vaccination.atcCode)).not.toContain("J07BX03");
  });
});
