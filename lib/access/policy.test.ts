import { describe, expect, it } from "vitest";
import { ageOn, decide } from "./policy";
import type { Action, Actor, ActorRole, Area, DelegationFacts, DocumentFlags, Resource, SubjectFacts } from "./types";

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

describe("access policy: delegations, the inbox and the desk session", () => {
  const minor = facts("p-minor", "2015-06-01");
  const past = new Date("2026-01-01T00:00:00Z");
  const future = new Date("2027-06-01T00:00:00Z");
  const delegated = (scope: Area[], overrides: Partial<DelegationFacts> = {}): SubjectFacts => ({
    ...adult,
    delegation: { kind: "TRUSTED", status: "ACTIVE", startsAt: past, endsAt: future, scope, canManage: true, ...overrides },
  });
  const atDesk = (session: SubjectFacts["deskSession"], holdsRole = true): SubjectFacts => ({ ...adult, deskSession: session, actorHoldsRole: holdsRole });
  const openSession = { expiresAt: new Date(now.getTime() + 60_000), endedAt: null };
  const expiredSession = { expiresAt: new Date(now.getTime() - 60_000), endedAt: null };
  const underConsent: SubjectFacts = { ...adult, actorHoldsRole: true, consent: { care: true, emergency: true, heightenedProtection: true } };
  const ALLOWED = (basis: string) => ({ allow: true, basis });
  const DENIED = (reason: string) => ({ allow: false, reason });
  const citizen = self(adult.personId);
  const delegate = self("p-delegate", "DELEGATE");
  const operator = self("p-operator", "OPERATOR");
  const professional = self("p-professional", "PROFESSIONAL");

  const table: [string, Actor, Action, SubjectFacts, object][] = [
    ["the citizen reads their own delegations", citizen, "delegation.read", adult, ALLOWED("SELF")],
    ["a minor does not read their own", self(minor.personId), "delegation.read", minor, DENIED("MINOR_SELF_ACCESS")],
    ["another citizen does not", self("p-other"), "delegation.read", adult, DENIED("NO_BASIS")],
    ["a delegate reads them with the deleghe area in scope", delegate, "delegation.read", delegated(["deleghe"], { canManage: false }), ALLOWED("DELEGATION")],
    ["a delegate does not without it", delegate, "delegation.read", delegated(["documenti", "accessi", "consensi"]), DENIED("OUT_OF_SCOPE")],
    ["nor before accepting the delegation", delegate, "delegation.read", delegated(["deleghe"], { status: "PENDING" }), DENIED("DELEGATION_PENDING")],
    ["nor once it has expired", delegate, "delegation.read", delegated(["deleghe"], { endsAt: past }), DENIED("DELEGATION_EXPIRED")],
    ["an operator reads them under an open desk session", operator, "delegation.read", atDesk(openSession), ALLOWED("DESK_MANDATE")],
    ["not once the session has expired", operator, "delegation.read", atDesk(expiredSession), DENIED("DESK_SESSION_EXPIRED")],
    ["nor without a session", operator, "delegation.read", atDesk(null), DENIED("NO_BASIS")],
    ["a professional never, whatever the consent", professional, "delegation.read", underConsent, DENIED("ROLE_NOT_ALLOWED")],

    ["the citizen reads their own notices", citizen, "notification.read", adult, ALLOWED("SELF")],
    ["and chooses whether to receive them", citizen, "notification.manage", adult, ALLOWED("SELF")],
    ["another citizen does neither", self("p-other"), "notification.manage", adult, DENIED("NO_BASIS")],
    ["a delegate never reads someone's inbox, whatever the scope", delegate, "notification.read", delegated(["documenti", "accessi", "consensi", "deleghe"]), DENIED("ROLE_NOT_ALLOWED")],
    ["nor changes their choice", delegate, "notification.manage", delegated(["documenti", "accessi", "consensi", "deleghe"]), DENIED("ROLE_NOT_ALLOWED")],
    ["an operator at the desk does neither", operator, "notification.read", atDesk(openSession), DENIED("ROLE_NOT_ALLOWED")],
    ["nor does a professional", professional, "notification.read", underConsent, DENIED("ROLE_NOT_ALLOWED")],

    ["an operator who holds the role opens a desk session without a previous one", operator, "desk.session", atDesk(null), ALLOWED("DESK_MANDATE")],
    ["and after an expired one", operator, "desk.session", atDesk(expiredSession), ALLOWED("DESK_MANDATE")],
    ["also for a minor at the desk", operator, "desk.session", { ...minor, actorHoldsRole: true }, ALLOWED("DESK_MANDATE")],
    ["not without the role", operator, "desk.session", atDesk(null, false), DENIED("ROLE_NOT_ALLOWED")],
    ["a citizen does not open one, not even on their own record", citizen, "desk.session", adult, DENIED("ROLE_NOT_ALLOWED")],
    ["nor a delegate", delegate, "desk.session", delegated(["documenti", "accessi", "consensi", "deleghe"]), DENIED("ROLE_NOT_ALLOWED")],
    ["nor a professional", professional, "desk.session", underConsent, DENIED("ROLE_NOT_ALLOWED")],
    ["nor an administrator", self("p-admin", "ADMIN"), "desk.session", { ...adult, actorHoldsRole: true }, DENIED("ROLE_NOT_ALLOWED")],
  ];

  it.each(table)("%s", (_label, actor, action, subject, want) => {
    expect(decide(actor, action, subject, { kind: "record" }, now)).toMatchObject(want);
  });

  it("a desk session, once allowed, shows nothing of the record by itself", () => {
    const decision = decide(operator, "desk.session", atDesk(null), { kind: "record" }, now);
    expect(decision.allow && decision.visibility).toEqual({ excludeObscured: true, excludeHiddenFromParents: true, excludeHiddenFromPatient: true, excludeHeightenedProtection: true });
    expect(decide(operator, "desk.session", atDesk(null), doc(), now)).toEqual({ allow: false, reason: "NOT_FOUND" });
  });

  it("an operator's open session never reaches the citizen's health areas or inbox", () => {
    for (const action of ["health.read", "health.manage", "notification.read", "notification.manage", "delegation.respond", "delegation.request"] as const) {
      expect(decide(operator, action, atDesk(openSession), { kind: "record" }, now), action).toEqual({ allow: false, reason: "ROLE_NOT_ALLOWED" });
    }
  });
});

describe("access policy: a facility's application (PUBLICATION)", () => {
  const lab: Actor = { personId: "app-lab", role: "FACILITY", displayName: "Laboratorio (LIS)", facilityId: "fac-lab" };
  const active = { ...adult, actorHoldsRole: true };
  const published = (facilityId: string): Resource => ({ kind: "document", id: "d1", flags: flags(), facilityId });
  const everyAction: Action[] = [
    "document.list", "document.read", "document.download", "document.visibility", "accessLog.read", "consent.read", "consent.manage",
    "delegation.manage", "delegation.respond", "delegation.request", "delegation.read", "notification.read", "notification.manage",
    "desk.session", "health.read", "health.manage",
  ];

  it("publishes into any record, and the capability opens no document", () => {
    const decision = decide(lab, "document.publish", active, { kind: "record" }, now);
    expect(decision).toMatchObject({ allow: true, basis: "PUBLICATION" });
    expect(decision.allow && Object.values(decision.visibility).every(Boolean)).toBe(true);
  });

  it("changes only documents its own facility published", () => {
    expect(decide(lab, "document.publish", active, published("fac-lab"), now)).toMatchObject({ allow: true });
    expect(decide(lab, "document.publish", active, published("fac-other"), now)).toEqual({ allow: false, reason: "NOT_PUBLISHER" });
    expect(decide(lab, "document.publish", active, { kind: "missing" }, now)).toEqual({ allow: false, reason: "NOT_FOUND" });
  });

  it.each(everyAction)("reads and manages nothing else: %s", (action) => {
    expect(decide(lab, action, active, { kind: "record" }, now)).toEqual({ allow: false, reason: "ROLE_NOT_ALLOWED" });
  });

  it("a revoked application, or one without its facility, is refused; no other role may publish", () => {
    expect(decide(lab, "document.publish", adult, { kind: "record" }, now)).toEqual({ allow: false, reason: "ROLE_NOT_ALLOWED" });
    expect(decide({ ...lab, facilityId: undefined }, "document.publish", active, { kind: "record" }, now)).toEqual({ allow: false, reason: "ROLE_NOT_ALLOWED" });
    for (const role of ["CITIZEN", "DELEGATE", "OPERATOR", "PROFESSIONAL", "ADMIN"] as const) {
      expect(decide(self(adult.personId, role), "document.publish", { ...active, delegation: null }, { kind: "record" }, now).allow).toBe(false);
    }
  });
});

describe("access policy: the regional administrator (aggregates only)", () => {
  const admin = self("p-admin", "ADMIN");
  const region: SubjectFacts = { ...facts("REGIONE", "1970-01-01"), actorHoldsRole: true };
  const everyAction: Action[] = [
    "document.list", "document.read", "document.download", "document.visibility", "accessLog.read", "consent.read", "consent.manage",
    "delegation.manage", "delegation.respond", "delegation.request", "delegation.read", "notification.read", "notification.manage",
    "desk.session", "health.read", "health.manage",
  ];

  it("lets an administrator who holds the role read the region's aggregates, showing no document", () => {
    const decision = decide(admin, "monitoring.read", region, { kind: "aggregate" }, now);
    expect(decision).toMatchObject({ allow: true, basis: "AGGREGATE" });
    expect(decision.allow && Object.values(decision.visibility).every(Boolean)).toBe(true);
  });

  it("refuses the aggregates to someone whose administrator role is not in the database", () => {
    expect(decide(admin, "monitoring.read", { ...region, actorHoldsRole: false }, { kind: "aggregate" }, now)).toEqual({ allow: false, reason: "ROLE_NOT_ALLOWED" });
  });

  it.each(everyAction)("never opens a single record to an administrator: %s", (action) => {
    for (const resource of [{ kind: "record" } as const, doc(), { kind: "aggregate" } as const]) {
      expect(decide(admin, action, { ...adult, actorHoldsRole: true }, resource, now)).toEqual({ allow: false, reason: "ROLE_NOT_ALLOWED" });
    }
  });

  it("refuses monitoring on a person's record, even to an administrator", () => {
    expect(decide(admin, "monitoring.read", { ...adult, actorHoldsRole: true }, { kind: "record" }, now)).toEqual({ allow: false, reason: "ROLE_NOT_ALLOWED" });
  });

  it.each(["CITIZEN", "DELEGATE", "OPERATOR", "PROFESSIONAL"] as const)("refuses the aggregates to any other role: %s", (role) => {
    const actor = self("REGIONE", role);
    for (const action of ["monitoring.read", "document.list"] as Action[]) {
      expect(decide(actor, action, region, { kind: "aggregate" }, now)).toEqual({ allow: false, reason: "ROLE_NOT_ALLOWED" });
    }
    expect(decide(actor, "monitoring.read", { ...adult, personId: "REGIONE", actorHoldsRole: true }, { kind: "record" }, now).allow).toBe(false);
  });
});
