import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withAccess } from "@/lib/access/gate";
import type { Actor } from "@/lib/access/types";
import { createTestDatabase, type TestDatabase } from "@/lib/test/database";
import { labTrend, listMeasuredTests } from "./data";

// Trends gather one test's values across all lab reports, oldest first, and leave out the values of a
// report the viewer may not see.

let t: TestDatabase;
const citizen: Actor = { personId: "p-gio", role: "CITIZEN", displayName: "Giovanni Romano" };
const trusted: Actor = { personId: "p-del", role: "DELEGATE", displayName: "Paolo Greco" };

beforeAll(async () => {
  t = await createTestDatabase();
  await t.db.person.createMany({
    data: [
      { id: "p-gio", fiscalCode: "RMNGNN52D18A944Z", givenName: "Giovanni", familyName: "Romano", birthDate: new Date("1952-04-18"), sex: "M" },
      { id: "p-del", fiscalCode: "GRCPLA90E30G273L", givenName: "Paolo", familyName: "Greco", birthDate: new Date("1990-05-30"), sex: "M" },
    ],
  });
  await t.db.facility.create({ data: { id: "f-lab", code: "120100", name: "Laboratorio ASL", type: "Territorio" } });
  const base = { patientId: "p-gio", facilityId: "f-lab", typeCode: "11502-2", classCode: "REF", title: "Referto di laboratorio", titleSearch: "referto di laboratorio", authorName: "Dr", fileHash: "h", fileSize: 1, contentType: "application/pdf", publishedAt: new Date() };
  await t.db.document.createMany({
    data: [
      { ...base, id: "d1", clinicalDate: new Date("2024-01-10"), setId: "s1" },
      { ...base, id: "d2", clinicalDate: new Date("2025-01-10"), setId: "s2", obscuredByCitizen: true },
      { ...base, id: "d3", clinicalDate: new Date("2026-01-10"), setId: "s3" },
    ],
  });
  const glucose = { patientId: "p-gio", loinc: "2345-7", name: "Glucosio", unit: "mg/dL", low: 70, high: 100 };
  await t.db.labObservation.createMany({
    data: [
      { ...glucose, id: "o1", documentId: "d1", numericValue: 95, valueText: "95", outOfRange: false, observedAt: new Date("2024-01-10") },
      { ...glucose, id: "o2", documentId: "d2", numericValue: 140, valueText: "140", outOfRange: true, observedAt: new Date("2025-01-10") },
      { ...glucose, id: "o3", documentId: "d3", numericValue: 118, valueText: "118", outOfRange: true, observedAt: new Date("2026-01-10") },
      { id: "o4", patientId: "p-gio", documentId: "d3", loinc: "718-7", name: "Emoglobina", unit: "g/dL", low: 13, high: 17, numericValue: 14.2, valueText: "14.2", outOfRange: false, observedAt: new Date("2026-01-10") },
    ],
  });
  await t.db.delegation.create({
    data: { id: "del", subjectId: "p-gio", delegateId: "p-del", kind: "TRUSTED", scope: "documenti", canManage: false, status: "ACTIVE", startsAt: new Date("2026-01-01"), endsAt: new Date("2099-01-01"), createdAt: new Date("2026-01-01"), createdById: "p-gio", channel: "ONLINE", acceptedAt: new Date("2026-01-01") },
  });
});
afterAll(() => t.close());

describe(`lab trends (${process.env.TEST_PG_URL ? "PostgreSQL" : "SQLite"})`, () => {
  it("lists each measured test once, with its latest value", async () => {
    const outcome = await withAccess(t.db, { actor: citizen, action: "document.list", subjectId: "p-gio", purpose: "ANDAMENTO_ESAMI" }, (subject, tx) => listMeasuredTests(tx, subject));
    expect(outcome.allowed && outcome.value.map((test) => [test.name, test.count, test.latest.valueText])).toEqual([
      ["Emoglobina", 1, "14.2"],
      ["Glucosio", 3, "118"],
    ]);
  });

  it("gives the citizen every value oldest first, and a delegate none from an obscured report", async () => {
    const mine = await withAccess(t.db, { actor: citizen, action: "document.list", subjectId: "p-gio", purpose: "ANDAMENTO_ESAMI" }, (subject, tx) => labTrend(tx, subject, "2345-7"));
    expect(mine.allowed && mine.value?.points.map((point) => [point.valueText, point.outOfRange])).toEqual([
      ["95", false],
      ["140", true],
      ["118", true],
    ]);
    const theirs = await withAccess(t.db, { actor: trusted, action: "document.list", subjectId: "p-gio", purpose: "ANDAMENTO_ESAMI" }, (subject, tx) => labTrend(tx, subject, "2345-7"));
    expect(theirs.allowed && theirs.value?.points.map((point) => point.valueText)).toEqual(["95", "118"]);
    const none = await withAccess(t.db, { actor: citizen, action: "document.list", subjectId: "p-gio", purpose: "ANDAMENTO_ESAMI" }, (subject, tx) => labTrend(tx, subject, "1234-5"));
    expect(none).toEqual({ allowed: true, value: null });
  });
});
