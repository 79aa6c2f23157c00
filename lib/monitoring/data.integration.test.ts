import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withAggregateAccess } from "@/lib/access/gate";
import type { Actor } from "@/lib/access/types";
import { createTestDatabase, type TestDatabase } from "@/lib/test/database";
import { measureAvailability, measureIndicators } from "./data";
import { windowsFor } from "./periods";

// The indicator definitions, case by case on a small region, at their boundaries: the 90-day window's
// first and last instants (Europe/Rome days, summer time here), withdrawn and unreleased documents, a
// minor whose parent opens the record, consent revoked before or after the reference date, professionals
// enabled on the very day, GPs whose only operation was refused or fell just before the period.

let t: TestDatabase;
const admin: Actor = { personId: "adm", role: "ADMIN", displayName: "Amministratrice" };
// 30 June 2026 ends at 22:00 UTC (CEST); its 90 days begin on 2 April (22:00 UTC of 1 April); the quarter on 31 March.
const windows = windowsFor("2026-06-30", "trimestre");
const from = windows.citizen.from.getTime();
const to = windows.citizen.to.getTime();
const periodFrom = windows.period.from.getTime();
const at = (ms: number) => new Date(ms);
const MS = 1;

const people = ["p1", "p2", "p3", "p4", "p5", "p6", "p7", "p8", "p9", "late", "adm", "s1", "s2", "s3", "s4", "s5", "s6", "g1", "g2", "g3", "g4", "g5", "g6", "g7"];

beforeAll(async () => {
  t = await createTestDatabase();
  await t.db.person.createMany({
    data: people.map((id, index) => ({
      id,
      fiscalCode: `FC${String(index).padStart(14, "0")}`,
      givenName: id,
      familyName: "Test",
      // p5 is a minor; everybody else an adult.
      birthDate: new Date(id === "p5" ? "2018-05-01" : "1970-05-01"),
      sex: "F",
      // "late" joined the registry at the very end of the reference date: not yet counted.
      createdAt: id === "late" ? at(to) : new Date("2020-01-01"),
    })),
  });
  await t.db.facility.create({ data: { id: "f1", code: "120101", name: "Ospedale", type: "Ospedale" } });
  const role = (id: string, kind: string, enabledFrom: Date | null, enabledUntil: Date | null = null, facilityId: string | null = "f1") => ({
    id: `role-${id}`, personId: id, role: "PROFESSIONAL", title: kind, professionalKind: kind, facilityId, enabledFrom, enabledUntil,
  });
  const before = new Date("2025-01-01");
  await t.db.personRole.createMany({
    data: [
      { id: "role-adm", personId: "adm", role: "ADMIN", title: "Amministratrice regionale" },
      role("s1", "SPECIALIST", before),
      role("s2", "SPECIALIST", at(to)), // enabled from the day after: not yet
      role("s3", "SPECIALIST", before, at(to - MS)), // ended just before the end of the day
      role("s4", "SPECIALIST", before, at(to)), // ends at the end of the day: still enabled then
      role("s5", "SPECIALIST", null), // never enabled
      role("s6", "SPECIALIST", before, null, null), // not at a facility of the region
      role("g1", "MMG", before),
      role("g2", "PLS", before),
      role("g3", "MMG", before),
      role("g4", "MMG", before),
      role("g5", "MMG", before),
      role("g6", "MMG", null), // not enabled: counted nowhere, whatever they do
      role("g7", "MMG", before, at(to - MS)),
    ],
  });
  const log = (seqAt: number, actorId: string, actorRole: string, basis: string | null, subjectId: string, action = "document.list") => ({
    at: at(seqAt), actorId, actorRole, basis, subjectId, action, resourceType: "RECORD", outcome: basis ? "ALLOW" : "DENY", reason: basis ? "ALLOWED" : "NO_CONSENT", purpose: "CONSULTAZIONE",
  });
  await t.db.accessLogEntry.createMany({
    data: [
      log(from, "p1", "CITIZEN", "SELF", "p1"), // the window's first instant
      log(from - MS, "p2", "CITIZEN", "SELF", "p2"), // just before it
      log(to - MS, "p3", "CITIZEN", "SELF", "p3"), // the window's last instant
      log(to, "p4", "CITIZEN", "SELF", "p4"), // the next day
      log(from + 1000, "p6", "DELEGATE", "DELEGATION", "p5"), // a parent opens the minor's record: the minor's use
      log(from + 1000, "p7", "CITIZEN", null, "p7"), // refused
      log(from + 1000, "g1", "PROFESSIONAL", "CONSENT", "p8"), // a professional's read is not the citizen's use
      log(from + 1000, "p6", "DELEGATE", "DELEGATION", "p9", "delegation.respond"), // answering a delegation opens nothing
      log(from + 1000, "g4", "PROFESSIONAL", null, "p1"), // refused consultation: no operation
      log(from + 1000, "g6", "PROFESSIONAL", "CONSENT", "p1"),
      log(from + 1000, "g7", "PROFESSIONAL", "CONSENT", "p1"),
      log(from + 1000, "s1", "PROFESSIONAL", "CONSENT", "p1"),
    ],
  });
  const doc = (id: string, patientId: string, publishedAt: number, extra: Record<string, unknown> = {}) => ({
    id, patientId, facilityId: "f1", typeCode: "11502-2", classCode: "REF", title: "Referto", titleSearch: "referto", clinicalDate: at(publishedAt),
    publishedAt: at(publishedAt), authorName: "Dott.", setId: `set-${id}`, fileHash: "h", fileSize: 1, contentType: "application/pdf", ...extra,
  });
  await t.db.document.createMany({
    data: [
      doc("d1a", "p1", from),
      doc("d1b", "p1", from + 5000), // a second document: the citizen counts once
      doc("d2", "p2", from - MS), // outside the 90 days, inside the quarter
      doc("d3", "p3", to - MS, { typeCode: "34105-7", classCode: "LDO" }),
      doc("d4", "p4", to),
      doc("d5", "p5", from + 1000, { typeCode: "87273-9", classCode: "VAC" }), // the minor's vaccination
      doc("d6", "p6", from + 1000, { status: "WITHDRAWN" }),
      doc("d7", "p7", from + 1000, { hiddenFromPatient: true }), // not released to the citizen yet
      doc("d8", "p8", from + 1000, { status: "REPLACED" }),
      doc("d9", "p9", from + 1000, { status: "WITHDRAWN", authorId: "g3" }), // g3 published it, even if later withdrawn
    ],
  });
  const prescription = (id: string, prescriberId: string, issuedAt: number) => ({
    id, patientId: "p1", nre: id.padEnd(15, "0"), kind: "PHARMACEUTICAL", prescriberName: "Dott.", prescriberRole: "MMG", prescriberId, issuedAt: at(issuedAt), expiresAt: at(issuedAt + 30 * 86_400_000),
  });
  await t.db.prescription.createMany({ data: [prescription("rx1", "g2", periodFrom), prescription("rx2", "g5", periodFrom - MS)] });
  const consent = (id: string, subjectId: string, granted: boolean, when: number, kind = "CARE", actorId = subjectId) => ({
    id, subjectId, kind, granted, at: at(when), actorId, actorRole: actorId === subjectId ? "CITIZEN" : "DELEGATE", channel: "ONLINE",
  });
  const earlier = new Date("2025-06-01").getTime();
  await t.db.consentEvent.createMany({
    data: [
      consent("c1", "p1", true, earlier),
      consent("c2a", "p2", true, earlier),
      consent("c2b", "p2", false, to - MS), // revoked on the reference date itself
      consent("c3a", "p3", true, earlier),
      consent("c3b", "p3", false, to), // revoked the day after: still a yes on the reference date
      consent("c4a", "p4", false, earlier),
      consent("c4b", "p4", true, earlier + 1000), // changed their mind
      consent("c5", "p5", true, earlier, "CARE", "p6"), // the minor's consent, given by the parent
      consent("c6", "p6", true, to), // given the day after
      consent("c7", "p7", true, to - MS),
      consent("c8", "p8", true, earlier, "EMERGENCY"), // emergency consent is not consent to consultation
    ],
  });
});
afterAll(() => t.close());

const measured = async () => {
  const outcome = await withAggregateAccess(t.db, { actor: admin, purpose: "CONSULTAZIONE", detail: "test" }, (subject, tx) => measureIndicators(tx, subject, [windows]));
  if (!outcome.allowed) throw new Error(outcome.reason);
  return outcome.value[0]!;
};

describe(`regional indicators on a small fixture (${process.env.TEST_PG_URL ? "PostgreSQL" : "SQLite"})`, () => {
  it("counts as users the citizens whose record was opened by them or for them within the 90 days, edges included", async () => {
    // p1 (first instant), p3 (last instant), p5 (a minor, through the parent); not p2, p4, p7, p8, p9.
    expect((await measured()).citizenUse.numerator).toBe(3);
  });

  it("counts the citizens with a document they can find published within the 90 days, once each", async () => {
    // p1 (two documents), p3, p5; not p2/p4 (outside), p6/p9 (withdrawn), p7 (unreleased), p8 (replaced).
    expect((await measured()).citizenUse.denominator).toBe(3);
  });

  it("counts the consent to consultation as it stood at the end of the reference date", async () => {
    // p1, p3 (revoked after), p4 (granted again), p5 (minor, by the parent), p7 (last millisecond).
    expect((await measured()).citizenConsent).toEqual({ numerator: 5, denominator: people.length - 1 });
  });

  it("counts the specialists of the region's facilities enabled on the reference date", async () => {
    expect((await measured()).specialistsEnabled).toEqual({ numerator: 2, denominator: 5 });
  });

  it("counts the enabled GPs and paediatricians with a consultation, a publication or a prescription in the period", async () => {
    // g1 consulted, g2 prescribed on the period's first instant, g3 published; g4 was refused, g5 prescribed just before.
    expect((await measured()).gpActivity).toEqual({ numerator: 3, denominator: 5 });
  });

  it("gives the documents and citizens of each type and the prescriptions of the period", async () => {
    const outcome = await withAggregateAccess(t.db, { actor: admin, purpose: "CONSULTAZIONE", detail: "test" }, (subject, tx) => measureAvailability(tx, subject, windows.period));
    if (!outcome.allowed) throw new Error(outcome.reason);
    expect(Object.fromEntries(outcome.value.documents)).toEqual({
      "11502-2": { documents: 3, citizens: 2 },
      "34105-7": { documents: 1, citizens: 1 },
      "87273-9": { documents: 1, citizens: 1 },
    });
    expect(Object.fromEntries(outcome.value.prescriptions)).toEqual({ PHARMACEUTICAL: { documents: 1, citizens: 1 } });
  });

  it("moves with the reference date: a day later p4's access and document come in, the first day's (p1, p5) go out", async () => {
    const outcome = await withAggregateAccess(t.db, { actor: admin, purpose: "CONSULTAZIONE", detail: "test" }, (subject, tx) =>
      measureIndicators(tx, subject, [windowsFor("2026-04-01", "trimestre"), windows, windowsFor("2026-07-01", "trimestre")]),
    );
    // Measured together, each date keeps its own window: three months before, whose window ends just as
    // the reference date's begins (only p2's, at its last instant); the reference date; a day later.
    expect(outcome.allowed && outcome.value.map((figures) => figures.citizenUse)).toEqual([
      { numerator: 1, denominator: 1 },
      { numerator: 3, denominator: 3 },
      { numerator: 2, denominator: 2 },
    ]);
    // Consent in force on each date, each a different five: on 1 April p1–p5; on the reference date p2 has
    // withdrawn and p7 consented; a day later p3 has withdrawn too and p6 consented.
    expect(outcome.allowed && outcome.value.map((figures) => figures.citizenConsent.numerator)).toEqual([5, 5, 5]);
  });
});
