import { describe, expect, it } from "vitest";
import { delegationRefusal, type NewDelegation } from "./rules";

const now = new Date("2026-11-23T10:00:00Z");
const limits = { maxMonths: 24, maxActive: 3 };
const trusted = (overrides: Partial<NewDelegation> = {}): NewDelegation => ({
  kind: "TRUSTED",
  subjectAge: 80,
  delegateAge: 50,
  delegateIsSubject: false,
  endsAt: new Date("2027-11-23T10:00:00Z"),
  courtDecree: null,
  activeTrustedDelegates: 0,
  now,
  ...overrides,
});

describe("rules for a new delegation", () => {
  it("accepts a trusted person for exactly 24 months and refuses one second more", () => {
    expect(delegationRefusal(trusted({ endsAt: new Date("2028-11-23T10:00:00Z") }), limits)).toBeNull();
    expect(delegationRefusal(trusted({ endsAt: new Date("2028-11-23T10:00:01Z") }), limits)).toBe("Una delega può durare al massimo 24 mesi.");
  });

  it("accepts a third active delegate and refuses a fourth", () => {
    expect(delegationRefusal(trusted({ activeTrustedDelegates: 2 }), limits)).toBeNull();
    expect(delegationRefusal(trusted({ activeTrustedDelegates: 3 }), limits)).toBe("Si possono avere al massimo 3 persone delegate attive.");
  });

  it("follows configured limits", () => {
    expect(delegationRefusal(trusted({ activeTrustedDelegates: 3 }), { maxMonths: 24, maxActive: 5 })).toBeNull();
    expect(delegationRefusal(trusted(), { maxMonths: 6, maxActive: 3 })).toBe("Una delega può durare al massimo 6 mesi.");
  });

  it("needs an end date in the future", () => {
    expect(delegationRefusal(trusted({ endsAt: null }), limits)).toBe("Indica fino a quando vale la delega.");
    expect(delegationRefusal(trusted({ endsAt: now }), limits)).toBe("La data di fine della delega deve essere futura.");
  });

  it("lets a parent act only for a minor, and requires the court decree for a guardian", () => {
    expect(delegationRefusal(trusted({ kind: "PARENT", subjectAge: 17, endsAt: null }), limits)).toBeNull();
    expect(delegationRefusal(trusted({ kind: "PARENT", subjectAge: 18, endsAt: null }), limits)).toMatch(/figlio minorenne/);
    expect(delegationRefusal(trusted({ kind: "GUARDIAN", endsAt: null }), limits)).toMatch(/provvedimento del giudice/);
    expect(delegationRefusal(trusted({ kind: "GUARDIAN", endsAt: null, courtDecree: "Trib. Roma 123/2026" }), limits)).toBeNull();
  });

  it("refuses a minor delegate, a minor delegating a trusted person, and self-delegation", () => {
    expect(delegationRefusal(trusted({ delegateAge: 17 }), limits)).toBe("Il delegato deve essere maggiorenne.");
    expect(delegationRefusal(trusted({ subjectAge: 17 }), limits)).toMatch(/maggiorenne può delegare/);
    expect(delegationRefusal(trusted({ delegateIsSubject: true }), limits)).toMatch(/sé stessa/);
  });
});
