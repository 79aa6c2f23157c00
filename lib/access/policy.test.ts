import { describe, expect, it } from "vitest";
import { ageOn, decide } from "./policy";
import type { Action, Actor, ActorRole, DocumentFlags, Resource, SubjectFacts } from "./types";

const now = new Date("2026-11-23T10:00:00Z");
const facts = (personId: string, birth: string): SubjectFacts => ({
  personId,
  birthDate: new Date(`${birth}T00:00:00Z`),
  consent: { care: false, emergency: false, heightenedProtection: false },
  delegation: null,
  deskSession: null,
  actorHoldsRole: false,
});
const adult = facts("p-adult", "1980-01-01");
const turnsEighteenToday = facts("p-18", "2008-11-23");
const turnsEighteenTomorrow = facts("p-17", "2008-11-24");
const self = (personId: string, role: ActorRole = "CITIZEN"): Actor => ({ personId, role, displayName: "x" });
const flags = (overrides: Partial<DocumentFlags> = {}): DocumentFlags => ({
  obscured: false,
  hiddenFromParents: false,
  hiddenFromPatient: false,
  heightenedProtection: false,
  ...overrides,
});
const doc = (overrides: Partial<DocumentFlags> = {}): Resource => ({ kind: "document", id: "d1", flags: flags(overrides) });
const actions: Action[] = ["document.list", "document.read", "document.download", "accessLog.read"];

describe("access policy: the citizen's own record (SELF)", () => {
  it("computes age on calendar dates, birthday included", () => {
    expect(ageOn(turnsEighteenToday.birthDate, now)).toBe(18);
    expect(ageOn(turnsEighteenTomorrow.birthDate, now)).toBe(17);
    expect(ageOn(new Date("2008-02-29T00:00:00Z"), new Date("2026-02-28T12:00:00Z"))).toBe(17);
  });

  it.each(actions)("allows an adult every action on their own record: %s", (action) => {
    const decision = decide(self(adult.personId), action, adult, { kind: "record" }, now);
    expect(decision).toMatchObject({ allow: true, basis: "SELF" });
  });

  it("keeps P98 documents from the patient, in lists and on direct reads", () => {
    const list = decide(self(adult.personId), "document.list", adult, { kind: "record" }, now);
    expect(list.allow && list.visibility.excludeHiddenFromPatient).toBe(true);
    expect(decide(self(adult.personId), "document.read", adult, doc({ hiddenFromPatient: true }), now)).toEqual({
      allow: false,
      reason: "HIDDEN_FROM_PATIENT",
    });
  });

  it("shows the citizen documents they or the producer obscured, P97 and maggior tutela ones", () => {
    for (const overrides of [{ obscured: true }, { hiddenFromParents: true }, { heightenedProtection: true }]) {
      expect(decide(self(adult.personId), "document.read", adult, doc(overrides), now).allow).toBe(true);
    }
    const list = decide(self(adult.personId), "document.list", adult, { kind: "record" }, now);
    expect(list.allow && list.visibility).toMatchObject({ excludeObscured: false, excludeHeightenedProtection: false });
  });

  it("lets a citizen in on their 18th birthday and not the day before", () => {
    expect(decide(self(turnsEighteenToday.personId), "document.list", turnsEighteenToday, { kind: "record" }, now).allow).toBe(true);
    expect(decide(self(turnsEighteenTomorrow.personId), "document.list", turnsEighteenTomorrow, { kind: "record" }, now)).toEqual({
      allow: false,
      reason: "MINOR_SELF_ACCESS",
    });
  });

  it("denies a missing document with the same answer a hidden one would lead to", () => {
    expect(decide(self(adult.personId), "document.read", adult, { kind: "missing" }, now)).toEqual({ allow: false, reason: "NOT_FOUND" });
  });

  it("gives a delegate without a delegation no basis, and refuses roles the actor does not hold", () => {
    expect(decide(self("someone-else", "DELEGATE"), "document.list", adult, { kind: "record" }, now)).toEqual({ allow: false, reason: "NO_BASIS" });
    for (const role of ["OPERATOR", "PROFESSIONAL"] as const) {
      expect(decide(self("someone-else", role), "document.list", adult, { kind: "record" }, now)).toEqual({ allow: false, reason: "ROLE_NOT_ALLOWED" });
    }
  });

  it("refuses an emergency access to anyone but a professional", () => {
    expect(decide(self(adult.personId), "document.list", adult, { kind: "record" }, now, { emergency: true })).toEqual({
      allow: false,
      reason: "ROLE_NOT_ALLOWED",
    });
  });

  it("never lets an administrator read a patient's record, not even their own as administrator", () => {
    expect(decide(self(adult.personId, "ADMIN"), "document.list", adult, { kind: "record" }, now)).toEqual({
      allow: false,
      reason: "ROLE_NOT_ALLOWED",
    });
  });

  it("denies a citizen another citizen's record", () => {
    expect(decide(self("p-other"), "document.read", adult, doc(), now)).toEqual({ allow: false, reason: "NO_BASIS" });
  });
});
