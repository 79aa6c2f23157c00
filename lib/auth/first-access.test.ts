import { describe, expect, it } from "vitest";
import { mustCompleteFirstAccess } from "./first-access";

const now = new Date("2026-12-02T10:00:00Z");
const newcomer = { birthDate: new Date("1962-08-19"), firstAccessDone: false };

describe("the first access, on every page of the citizen area", () => {
  it("sends an adult who has not done it there from any page, however they arrive", () => {
    for (const path of ["/", "/documenti", "/documenti?tipo=11502-2", "/documenti/abc", "/ricette", "/accessi/csv", "/profilo", "/deleghe", "/benvenutoX", null]) {
      expect(mustCompleteFirstAccess(newcomer, path, now), String(path)).toBe(true);
    }
  });

  it("keeps the pages of the flow open: the welcome page, the consents and the summary it links to, the privacy notice", () => {
    for (const path of ["/benvenuto", "/consensi", "/consensi?revisione=1", "/profilo/riepilogo?scarica=1", "/privacy", "/accessibilita", "/accedi"]) {
      expect(mustCompleteFirstAccess(newcomer, path, now), path).toBe(false);
    }
  });

  it("lets through whoever has done it, and a minor, whose record their parents manage", () => {
    expect(mustCompleteFirstAccess({ ...newcomer, firstAccessDone: true }, "/documenti", now)).toBe(false);
    expect(mustCompleteFirstAccess({ birthDate: new Date("2015-06-12"), firstAccessDone: false }, "/documenti", now)).toBe(false);
    // The day of the 18th birthday, the first access is theirs to do.
    expect(mustCompleteFirstAccess({ birthDate: new Date("2008-12-02"), firstAccessDone: false }, "/documenti", now)).toBe(true);
  });
});
