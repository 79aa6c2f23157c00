import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/test/database";
import { givenDelegations } from "@/lib/delegations/data";
import { listDocuments } from "@/lib/documents/data";
import { withAccess } from "./gate";
import type { Action, Actor, ActorRole } from "./types";

// The access matrix: the expected decision for every actor × action × consent state × document state ×
// delegation state × subject age, written as a table of rules (first match wins) independently of
// policy.ts, and checked case by case through the real gate on a real database, with exactly one
// access-log row per case.

const NOW = new Date("2026-11-23T10:00:00.000Z");
const DAY = 86_400_000;

type Age = "minor" | "adult" | "eighteenToday";
const AGES: Record<Age, string> = { minor: "2016-05-10", adult: "1980-03-02", eighteenToday: "2008-11-23" };

type ConsentState = "none" | "care" | "careAndEmergency" | "emergencyOnly" | "revoked" | "careAndHeightened";
const CONSENTS: Record<ConsentState, [string, boolean][]> = {
  none: [],
  care: [["CARE", true]],
  careAndEmergency: [["CARE", true], ["EMERGENCY", true]],
  emergencyOnly: [["EMERGENCY", true]],
  revoked: [["CARE", true], ["EMERGENCY", true], ["CARE", false], ["EMERGENCY", false]],
  careAndHeightened: [["CARE", true], ["HEIGHTENED_PROTECTION", true]],
};

type DocState = "normal" | "obscured" | "hiddenFromParents" | "hiddenFromPatient" | "heightened";
const DOC_STATES: DocState[] = ["normal", "obscured", "hiddenFromParents", "hiddenFromPatient", "heightened"];

type DelegationState = "ACTIVE" | "PENDING" | "EXPIRED" | "REVOKED" | "OUT_OF_SCOPE";
const DELEGATION_STATES: DelegationState[] = ["ACTIVE", "PENDING", "EXPIRED", "REVOKED", "OUT_OF_SCOPE"];

type ActorSpec = { key: string; role: ActorRole; emergency?: boolean; delegation?: { kind: "TRUSTED" | "PARENT"; state: DelegationState } };
const ACTORS: ActorSpec[] = [
  { key: "CITIZEN_SELF", role: "CITIZEN" },
  { key: "CITIZEN_OTHER", role: "CITIZEN" },
  ...(["TRUSTED", "PARENT"] as const).flatMap((kind) =>
    DELEGATION_STATES.map((state) => ({ key: `DELEGATE_${kind}_${state}`, role: "DELEGATE" as const, delegation: { kind, state } })),
  ),
  { key: "OPERATOR_ACTIVE", role: "OPERATOR" },
  { key: "OPERATOR_EXPIRED", role: "OPERATOR" },
  { key: "OPERATOR_NO_SESSION", role: "OPERATOR" },
  { key: "PROFESSIONAL", role: "PROFESSIONAL" },
  { key: "PROFESSIONAL_EMERGENCY", role: "PROFESSIONAL", emergency: true },
  { key: "PROFESSIONAL_NO_ROLE", role: "PROFESSIONAL" },
  { key: "ADMIN", role: "ADMIN" },
];

const DELEGATE_ACTORS = ACTORS.filter((actor) => actor.delegation).length;

const DOCUMENT_ACTIONS: Action[] = ["document.read", "document.download", "document.visibility"];
const RECORD_ACTIONS: Action[] = [
  "document.list", "accessLog.read", "consent.read", "consent.manage", "delegation.manage", "delegation.respond", "delegation.request", "delegation.read",
  "health.read", "health.manage", "notification.read", "notification.manage", "desk.session", "monitoring.read",
];
const MANAGEMENT: Action[] = ["document.visibility", "consent.manage", "delegation.manage", "health.manage"];

type Case = { actor: ActorSpec; action: Action; consent: ConsentState; doc: DocState | null; age: Age };
type Expected = { allow: true; basis: string } | { allow: false; reason: string };

const hasCare = (c: ConsentState) => c === "care" || c === "careAndEmergency" || c === "careAndHeightened";
const hasEmergency = (c: ConsentState) => c === "careAndEmergency" || c === "emergencyOnly";
const adultAge = (a: Age) => a !== "minor";
const matches = (pattern: RegExp, key: string) => pattern.test(key);

/** The specification: ordered rules, first match wins. Each row reads as a sentence. */
const RULES: { when: (c: Case) => boolean; then: Expected | ((c: Case) => Expected) }[] = [
  // Administrators never touch a single patient's record.
  { when: (c) => c.actor.role === "ADMIN", then: { allow: false, reason: "ROLE_NOT_ALLOWED" } },
  // The region's aggregates are never read through a patient's record, by anyone (they have their own gate).
  { when: (c) => c.action === "monitoring.read", then: { allow: false, reason: "ROLE_NOT_ALLOWED" } },
  // Only an operator who holds the role opens or closes a desk session, for anyone registered, whatever an
  // earlier session's state; everyone else is refused.
  { when: (c) => c.action === "desk.session", then: (c) => (c.actor.role === "OPERATOR" ? { allow: true, basis: "DESK_MANDATE" } : { allow: false, reason: "ROLE_NOT_ALLOWED" }) },
  // A person's inbox and their choice of notices are theirs alone: no delegate, operator or professional.
  { when: (c) => c.action.startsWith("notification.") && c.actor.role !== "CITIZEN", then: { allow: false, reason: "ROLE_NOT_ALLOWED" } },
  // Anyone may ask online, on a self-certification, for a minor's record; the request opens nothing.
  { when: (c) => c.action === "delegation.request" && c.actor.key === "CITIZEN_OTHER", then: (c) => (c.age === "minor" ? { allow: true, basis: "SELF_CERTIFICATION" } : { allow: false, reason: "SUBJECT_NOT_MINOR" }) },
  { when: (c) => c.action === "delegation.request" && c.actor.key === "CITIZEN_SELF", then: { allow: false, reason: "NO_BASIS" } },
  { when: (c) => c.action === "delegation.request", then: { allow: false, reason: "ROLE_NOT_ALLOWED" } },
  // Only a delegate answers or gives up their own delegation.
  { when: (c) => c.action === "delegation.respond" && c.actor.role !== "DELEGATE", then: { allow: false, reason: "ROLE_NOT_ALLOWED" } },
  // A citizen acts only on their own record, only as an adult, and never sees P98 documents.
  { when: (c) => c.actor.key === "CITIZEN_OTHER", then: { allow: false, reason: "NO_BASIS" } },
  { when: (c) => c.actor.key === "CITIZEN_SELF" && c.age === "minor", then: { allow: false, reason: "MINOR_SELF_ACCESS" } },
  { when: (c) => c.actor.key === "CITIZEN_SELF" && c.doc === "hiddenFromPatient", then: { allow: false, reason: "HIDDEN_FROM_PATIENT" } },
  { when: (c) => c.actor.key === "CITIZEN_SELF", then: { allow: true, basis: "SELF" } },
  // A delegation must be active, in force, fit the subject's age and cover the area.
  // A pending delegation can be answered, and nothing else.
  { when: (c) => matches(/_PENDING$/, c.actor.key) && c.action !== "delegation.respond", then: { allow: false, reason: "DELEGATION_PENDING" } },
  { when: (c) => matches(/_REVOKED$/, c.actor.key), then: { allow: false, reason: "DELEGATION_ENDED" } },
  { when: (c) => matches(/_EXPIRED$/, c.actor.key) && c.actor.role === "DELEGATE", then: { allow: false, reason: "DELEGATION_EXPIRED" } },
  { when: (c) => matches(/^DELEGATE_PARENT/, c.actor.key) && adultAge(c.age), then: { allow: false, reason: "DELEGATION_ENDED_AT_MAJORITY" } },
  { when: (c) => matches(/^DELEGATE_TRUSTED/, c.actor.key) && !adultAge(c.age), then: { allow: false, reason: "NO_BASIS" } },
  { when: (c) => c.action === "delegation.respond", then: { allow: true, basis: "DELEGATION" } },
  { when: (c) => matches(/_OUT_OF_SCOPE$/, c.actor.key) && c.action !== "accessLog.read", then: { allow: false, reason: "OUT_OF_SCOPE" } },
  { when: (c) => matches(/^DELEGATE_TRUSTED/, c.actor.key) && MANAGEMENT.includes(c.action), then: { allow: false, reason: "OUT_OF_SCOPE" } },
  // No delegation covers the delegations themselves (the forms offer documents, access log and consents):
  // only the citizen, or an operator at the desk, reads or manages them.
  { when: (c) => c.actor.role === "DELEGATE" && (c.action === "delegation.manage" || c.action === "delegation.read"), then: { allow: false, reason: "OUT_OF_SCOPE" } },
  // Delegates never see obscured, unreleased or maggior tutela documents; parents not P97 ones either.
  {
    when: (c) => c.actor.role === "DELEGATE" && (c.doc === "obscured" || c.doc === "hiddenFromPatient" || c.doc === "heightened"),
    then: { allow: false, reason: "NOT_VISIBLE" },
  },
  { when: (c) => matches(/^DELEGATE_PARENT/, c.actor.key) && c.doc === "hiddenFromParents", then: { allow: false, reason: "NOT_VISIBLE" } },
  { when: (c) => c.actor.role === "DELEGATE", then: { allow: true, basis: "DELEGATION" } },
  // Operators act only within an open desk session; what they see is what may be printed, except that
  // the citizen at the desk may ask them to un-obscure a document.
  // The health areas (prescriptions, bookings…) are the citizen's and their delegates', not the desk's.
  { when: (c) => c.actor.role === "OPERATOR" && c.action.startsWith("health."), then: { allow: false, reason: "ROLE_NOT_ALLOWED" } },
  { when: (c) => c.actor.key === "OPERATOR_NO_SESSION", then: { allow: false, reason: "NO_BASIS" } },
  { when: (c) => c.actor.key === "OPERATOR_EXPIRED", then: { allow: false, reason: "DESK_SESSION_EXPIRED" } },
  {
    when: (c) =>
      c.actor.role === "OPERATOR" && ((c.doc === "obscured" && c.action !== "document.visibility") || c.doc === "hiddenFromPatient" || c.doc === "heightened"),
    then: { allow: false, reason: "NOT_VISIBLE" },
  },
  { when: (c) => c.actor.role === "OPERATOR", then: { allow: true, basis: "DESK_MANDATE" } },
  // Professionals consult documents only, under consent (or emergency consent when breaking the glass).
  { when: (c) => c.actor.key === "PROFESSIONAL_NO_ROLE", then: { allow: false, reason: "ROLE_NOT_ALLOWED" } },
  {
    when: (c) => c.actor.role === "PROFESSIONAL" && (!c.action.startsWith("document.") || MANAGEMENT.includes(c.action)),
    then: { allow: false, reason: "ROLE_NOT_ALLOWED" },
  },
  { when: (c) => Boolean(c.actor.emergency) && !hasEmergency(c.consent), then: { allow: false, reason: "NO_EMERGENCY_CONSENT" } },
  { when: (c) => c.actor.role === "PROFESSIONAL" && !c.actor.emergency && !hasCare(c.consent), then: { allow: false, reason: "NO_CONSENT" } },
  { when: (c) => c.actor.role === "PROFESSIONAL" && c.doc === "obscured", then: { allow: false, reason: "NOT_VISIBLE" } },
  {
    when: (c) => c.actor.role === "PROFESSIONAL" && c.doc === "heightened" && c.consent !== "careAndHeightened",
    then: { allow: false, reason: "NOT_VISIBLE" },
  },
  { when: (c) => c.actor.role === "PROFESSIONAL", then: (c) => ({ allow: true, basis: c.actor.emergency ? "EMERGENCY" : "CONSENT" }) },
];

function expected(c: Case): Expected {
  const rule = RULES.find((candidate) => candidate.when(c))!;
  return typeof rule.then === "function" ? rule.then(c) : rule.then;
}

/** Which of a subject's documents an allowed list may show, by the same rules as a single read. */
function visibleInList(c: Case): DocState[] {
  return DOC_STATES.filter((doc) => {
    const single = expected({ ...c, action: "document.read", doc });
    return single.allow;
  });
}

let t: TestDatabase;
const subjectIds = new Map<string, string>();
const actorIds = new Map<string, string>();
const documentIds = new Map<string, string>(); // `${subjectId}:${docState}` → id

let serial = 0;
function person(id: string, birth: string) {
  // Unique placeholder codes: the matrix is about relations, not about fiscal-code validity.
  return { id, fiscalCode: `T${String(serial++).padStart(15, "0")}`, givenName: "N", familyName: id, birthDate: new Date(`${birth}T00:00:00Z`), sex: "F" };
}

beforeAll(async () => {
  t = await createTestDatabase();
  const db = t.db;
  await db.facility.create({ data: { id: "f", code: "1", name: "Struttura", type: "Ospedale" } });
  const people = [];
  for (const age of Object.keys(AGES) as Age[]) {
    for (const consent of Object.keys(CONSENTS) as ConsentState[]) {
      const id = `s-${age}-${consent}`;
      subjectIds.set(`${age}:${consent}`, id);
      people.push(person(id, AGES[age]));
    }
  }
  for (const actor of ACTORS) {
    if (actor.key === "CITIZEN_SELF") continue;
    const id = `a-${actor.key.toLowerCase()}`;
    actorIds.set(actor.key, id);
    people.push(person(id, "1970-01-01"));
  }
  await db.person.createMany({ data: people });
  await db.personRole.createMany({
    data: [
      ...["OPERATOR_ACTIVE", "OPERATOR_EXPIRED", "OPERATOR_NO_SESSION"].map((key) => ({ id: randomUUID(), personId: actorIds.get(key)!, role: "OPERATOR", title: "Operatore", deskPoint: "PAS 1" })),
      ...["PROFESSIONAL", "PROFESSIONAL_EMERGENCY"].map((key) => ({ id: randomUUID(), personId: actorIds.get(key)!, role: "PROFESSIONAL", title: "Medico", facilityId: "f" })),
    ],
  });
  // The two professional keys stand for one professional acting normally or in an emergency: same role.
  for (const [key, subjectId] of subjectIds) {
    const consent = key.split(":")[1] as ConsentState;
    await db.consentEvent.createMany({
      data: CONSENTS[consent].map(([kind, granted], index) => ({
        id: randomUUID(), subjectId, kind, granted, at: new Date(NOW.getTime() - (100 - index) * DAY), actorId: subjectId, actorRole: "CITIZEN", channel: "ONLINE",
      })),
    });
    for (const doc of DOC_STATES) {
      const id = `${subjectId}-${doc}`;
      documentIds.set(`${subjectId}:${doc}`, id);
      await db.document.create({
        data: {
          id, patientId: subjectId, facilityId: "f", typeCode: "11502-2", classCode: "REF", title: doc, titleSearch: doc,
          clinicalDate: new Date(NOW.getTime() - DAY), publishedAt: NOW, authorName: "Dr", setId: id, fileHash: "h", fileSize: 1, contentType: "application/pdf",
          obscuredByCitizen: doc === "obscured", hiddenFromParents: doc === "hiddenFromParents", hiddenFromPatient: doc === "hiddenFromPatient", heightenedProtection: doc === "heightened",
        },
      });
    }
    for (const actor of ACTORS.filter((a) => a.delegation)) {
      const { kind, state } = actor.delegation!;
      await db.delegation.create({
        data: {
          id: randomUUID(), subjectId, delegateId: actorIds.get(actor.key)!, kind,
          scope: state === "OUT_OF_SCOPE" ? "accessi" : "documenti,accessi,consensi",
          canManage: kind === "PARENT",
          status: state === "PENDING" ? "PENDING" : state === "REVOKED" ? "REVOKED" : "ACTIVE",
          startsAt: new Date(NOW.getTime() - 30 * DAY),
          endsAt: state === "EXPIRED" ? new Date(NOW.getTime() - DAY) : kind === "TRUSTED" ? new Date(NOW.getTime() + 300 * DAY) : null,
          createdAt: new Date(NOW.getTime() - 30 * DAY), createdById: subjectId, channel: "ONLINE",
        },
      });
    }
    for (const [key, expiresIn] of [["OPERATOR_ACTIVE", 20 * 60_000], ["OPERATOR_EXPIRED", -60_000]] as const) {
      await db.deskSession.create({
        data: { id: randomUUID(), operatorId: actorIds.get(key)!, deskPoint: "PAS 1", subjectId, identityDocument: "CIE CA00000AA", startedAt: new Date(NOW.getTime() - 30 * 60_000), expiresAt: new Date(NOW.getTime() + expiresIn) },
      });
    }
  }
}, 120_000);
afterAll(() => t.close());

function allCases(): Case[] {
  const cases: Case[] = [];
  for (const actor of ACTORS)
    for (const age of Object.keys(AGES) as Age[])
      for (const consent of Object.keys(CONSENTS) as ConsentState[]) {
        for (const action of RECORD_ACTIONS) cases.push({ actor, action, consent, doc: null, age });
        for (const action of DOCUMENT_ACTIONS) for (const doc of DOC_STATES) cases.push({ actor, action, consent, doc, age });
      }
  return cases;
}

describe(`access matrix through the gate (${process.env.TEST_PG_URL ? "PostgreSQL" : "SQLite"})`, () => {
  it("decides every case as the table says, with exactly one access-log row each", async () => {
    const cases = allCases();
    const mismatches: string[] = [];
    const startCount = await t.db.accessLogEntry.count();
    for (const [index, c] of cases.entries()) {
      // SQLite answers synchronously under the async API: let the event loop breathe now and then, or the
      // test runner's messages to this worker wait for the whole matrix and time out.
      if (index % 200 === 0) await new Promise((resolve) => setImmediate(resolve));
      const subjectId = subjectIds.get(`${c.age}:${c.consent}`)!;
      const actorId = c.actor.key === "CITIZEN_SELF" ? subjectId : actorIds.get(c.actor.key)!;
      const actor: Actor = { personId: actorId, role: c.actor.role, displayName: c.actor.key };
      const want = expected(c);
      const outcome = await withAccess(
        t.db,
        {
          actor,
          action: c.action,
          subjectId,
          purpose: "TEST",
          ...(c.doc ? { documentId: documentIds.get(`${subjectId}:${c.doc}`)! } : {}),
          ...(c.actor.emergency ? { emergencyReason: "Paziente incosciente in pronto soccorso" } : {}),
        },
        async (subject, tx) => {
          const listed = c.action === "document.list" ? (await listDocuments(tx, subject, {}, 50)).items.map((item) => item.title).sort() : null;
          const delegations = c.action === "delegation.read" ? (await givenDelegations(tx, subject, NOW)).length : null;
          return { basis: subject.basis, listed, delegations };
        },
        () => NOW,
      );
      const got: Expected = outcome.allowed ? { allow: true, basis: outcome.value.basis } : { allow: false, reason: outcome.reason };
      if (JSON.stringify(got) !== JSON.stringify(want)) mismatches.push(`${c.actor.key} ${c.action} consent=${c.consent} doc=${c.doc} age=${c.age}: expected ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
      if (outcome.allowed && outcome.value.listed) {
        const wantListed = visibleInList(c).sort();
        if (JSON.stringify(outcome.value.listed) !== JSON.stringify(wantListed)) mismatches.push(`${c.actor.key} list consent=${c.consent} age=${c.age}: expected ${wantListed}, listed ${outcome.value.listed}`);
      }
      // Whoever may read a record's delegations sees all of them: every delegate actor holds one on every subject.
      if (outcome.allowed && outcome.value.delegations !== null && outcome.value.delegations !== DELEGATE_ACTORS) {
        mismatches.push(`${c.actor.key} delegations consent=${c.consent} age=${c.age}: expected ${DELEGATE_ACTORS}, read ${outcome.value.delegations}`);
      }
    }
    const logged = (await t.db.accessLogEntry.count()) - startCount;
    console.log(`access matrix: ${cases.length} cases, ${mismatches.length} mismatches, ${logged} access-log rows`);
    expect(mismatches.slice(0, 20)).toEqual([]);
    expect(logged).toBe(cases.length);
    expect(cases.length).toBeGreaterThan(5000);
  }, 600_000);

  const professional = (): Actor => ({ personId: actorIds.get("PROFESSIONAL")!, role: "PROFESSIONAL", displayName: "Medico" });
  const at = (offsetMs: number) => () => new Date(NOW.getTime() + offsetMs);

  it("a consent revoked by the citizen stops a professional on the very next request", async () => {
    const subjectId = subjectIds.get("adult:care")!;
    const request = { actor: professional(), action: "document.list" as const, subjectId, purpose: "CURA" };
    expect((await withAccess(t.db, request, async () => "ok", at(1_000))).allowed).toBe(true);
    // The citizen, in their own session, revokes while the professional's session stays open.
    await t.db.consentEvent.create({
      data: { id: randomUUID(), subjectId, kind: "CARE", granted: false, at: new Date(NOW.getTime() + 2_000), actorId: subjectId, actorRole: "CITIZEN", channel: "ONLINE" },
    });
    expect(await withAccess(t.db, request, async () => "ok", at(3_000))).toEqual({ allowed: false, reason: "NO_CONSENT" });
    await t.db.consentEvent.create({
      data: { id: randomUUID(), subjectId, kind: "CARE", granted: true, at: new Date(NOW.getTime() + 4_000), actorId: subjectId, actorRole: "CITIZEN", channel: "ONLINE" },
    });
    expect((await withAccess(t.db, request, async () => "ok", at(5_000))).allowed).toBe(true);
  });

  it("a delegation ending now is refused now and honoured a millisecond before", async () => {
    const subjectId = subjectIds.get("adult:none")!;
    const delegateId = actorIds.get("CITIZEN_OTHER")!;
    await t.db.delegation.create({
      data: {
        id: randomUUID(), subjectId, delegateId, kind: "TRUSTED", scope: "documenti", canManage: false, status: "ACTIVE",
        startsAt: new Date(NOW.getTime() - DAY), endsAt: NOW, createdAt: new Date(NOW.getTime() - DAY), createdById: subjectId, channel: "ONLINE",
      },
    });
    const request = { actor: { personId: delegateId, role: "DELEGATE" as const, displayName: "Delegato" }, action: "document.list" as const, subjectId, purpose: "CONSULTAZIONE" };
    expect((await withAccess(t.db, request, async () => "ok", at(-1))).allowed).toBe(true);
    expect(await withAccess(t.db, request, async () => "ok", at(0))).toEqual({ allowed: false, reason: "DELEGATION_EXPIRED" });
  });

  it("deny overrides allow: consent and emergency consent never open an obscured document", async () => {
    const subjectId = subjectIds.get("adult:careAndEmergency")!;
    const documentId = documentIds.get(`${subjectId}:obscured`)!;
    for (const emergencyReason of [undefined, "Arresto cardiaco, paziente non cosciente"]) {
      const outcome = await withAccess(
        t.db,
        { actor: professional(), action: "document.read", subjectId, documentId, purpose: "CURA", ...(emergencyReason ? { emergencyReason } : {}) },
        async () => "ok",
        at(10_000),
      );
      expect(outcome).toEqual({ allowed: false, reason: "NOT_VISIBLE" });
    }
  });

  it("logs an emergency access as such, with its written reason", async () => {
    const subjectId = subjectIds.get("adult:emergencyOnly")!;
    await withAccess(t.db, { actor: professional(), action: "document.list", subjectId, purpose: "CURA", emergencyReason: "Paziente incosciente in pronto soccorso" }, async () => "ok", at(20_000));
    const row = await t.db.accessLogEntry.findFirst({ where: { subjectId }, orderBy: { seq: "desc" } });
    expect(row).toMatchObject({ basis: "EMERGENCY", purpose: "EMERGENZA", detail: "Paziente incosciente in pronto soccorso", outcome: "ALLOW" });
    await expect(
      withAccess(t.db, { actor: professional(), action: "document.list", subjectId, purpose: "CURA", emergencyReason: "  " }, async () => "ok", at(21_000)),
    ).rejects.toThrow(/written reason/);
  });
});

