import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withAccess } from "@/lib/access/gate";
import type { Actor } from "@/lib/access/types";
import { createTestDatabase, type TestDatabase } from "@/lib/test/database";
import { countDocuments, documentSummary, listDocuments } from "./data";
import type { DocumentFilters } from "./schema";

// The list's date filters are Rome days, like every date the page shows: a report dated 00:30 in Rome on
// 15 November is a 15 November report, although in UTC it is still the 14th.

let t: TestDatabase;
const citizen: Actor = { personId: "p-mario", role: "CITIZEN", displayName: "Mario Rossi" };

beforeAll(async () => {
  t = await createTestDatabase();
  await t.db.person.create({ data: { id: "p-mario", fiscalCode: "RSSMRA80A01H501U", givenName: "Mario", familyName: "Rossi", birthDate: new Date("1980-01-01"), sex: "M" } });
  await t.db.facility.create({ data: { id: "f-lab", code: "120100", name: "Laboratorio ASL", type: "Laboratorio" } });
  const base = { patientId: "p-mario", facilityId: "f-lab", typeCode: "11502-2", classCode: "REF", authorName: "Dott.ssa Chiara Lombardo", fileHash: "h", fileSize: 1, contentType: "application/pdf", publishedAt: new Date("2026-11-20T10:00:00Z") };
  await t.db.document.createMany({
    data: [
      // 00:30 on 15 November in Rome (winter time, UTC+1).
      { ...base, id: "d-early", title: "Referto notturno", titleSearch: "referto notturno", clinicalDate: new Date("2026-11-14T23:30:00Z"), setId: "s1" },
      // 23:30 on 15 November in Rome.
      { ...base, id: "d-late", title: "Referto serale", titleSearch: "referto serale", clinicalDate: new Date("2026-11-15T22:30:00Z"), setId: "s2" },
      // 00:30 on 29 March in Rome, the night the clocks go forward (still UTC+1 at that hour).
      { ...base, id: "d-dst", title: "Referto del cambio d'ora", titleSearch: "referto del cambio d'ora", clinicalDate: new Date("2026-03-28T23:30:00Z"), setId: "s3" },
      // Obscured by the citizen: what it measured must not make it appear to a viewer who may not see it.
      { ...base, id: "d-hidden", title: "Referto oscurato", titleSearch: "referto oscurato", clinicalDate: new Date("2024-05-10T08:00:00Z"), setId: "s4", hiddenFromPatient: true },
    ],
  });
  const observation = { patientId: "p-mario", numericValue: 95, valueText: "95", unit: "mg/dL", low: 70, high: 100, outOfRange: false };
  await t.db.labObservation.createMany({
    data: [
      { ...observation, id: "o1", documentId: "d-late", loinc: "2345-7", name: "Glucosio", observedAt: new Date("2026-11-15T22:30:00Z") },
      { ...observation, id: "o2", documentId: "d-hidden", loinc: "2093-3", name: "Colesterolo totale", observedAt: new Date("2024-05-10T08:00:00Z") },
    ],
  });
});
afterAll(() => t.close());

async function asCitizen<T>(run: Parameters<typeof withAccess<T>>[2]): Promise<T> {
  const outcome = await withAccess(t.db, { actor: citizen, action: "document.list", subjectId: "p-mario", purpose: "CONSULTAZIONE" }, run);
  if (!outcome.allowed) throw new Error(outcome.reason);
  return outcome.value;
}

async function ids(filters: DocumentFilters): Promise<string[]> {
  const outcome = await withAccess(t.db, { actor: citizen, action: "document.list", subjectId: "p-mario", purpose: "CONSULTAZIONE" }, (subject, tx) => listDocuments(tx, subject, filters, 50));
  if (!outcome.allowed) throw new Error(outcome.reason);
  return outcome.value.items.map((item) => item.id);
}

describe(`document list date filters (${process.env.TEST_PG_URL ? "PostgreSQL" : "SQLite"})`, () => {
  it("count a report by its Rome day at both ends of the day", async () => {
    expect(await ids({ dal: "2026-11-15", al: "2026-11-15" })).toEqual(["d-late", "d-early"]);
    expect(await ids({ dal: "2026-11-14", al: "2026-11-14" })).toEqual([]);
    expect(await ids({ dal: "2026-11-16" })).toEqual([]);
    expect(await ids({ al: "2026-11-14" })).toEqual(["d-dst"]);
  });

  it("follow daylight saving time", async () => {
    expect(await ids({ dal: "2026-03-29", al: "2026-03-29" })).toEqual(["d-dst"]);
    expect(await ids({ al: "2026-03-28" })).toEqual([]);
  });

  it("finds a lab report by the tests it measured, whatever its title, and never a hidden one", async () => {
    expect(await ids({ testo: "glucosio" })).toEqual(["d-late"]);
    expect(await ids({ testo: "GLUCO" })).toEqual(["d-late"]);
    expect(await ids({ testo: "notturno" })).toEqual(["d-early"]);
    expect(await ids({ testo: "colesterolo" })).toEqual([]);
    expect(await ids({ testo: "glucosio", al: "2026-11-14" })).toEqual([]);
    // The list names the tests a report measured, since its title does not.
    const page = await asCitizen((subject, tx) => listDocuments(tx, subject, { testo: "glucosio" }, 10));
    expect(page.items[0]).toMatchObject({ id: "d-late", mainTests: ["Glucosio"], moreTests: false });
  });

  it("counts what matches and names the years from the newest document to the oldest", async () => {
    expect(await asCitizen((subject, tx) => countDocuments(tx, subject, {}))).toBe(3);
    expect(await asCitizen((subject, tx) => countDocuments(tx, subject, { testo: "referto", dal: "2026-11-01" }))).toBe(2);
    expect(await asCitizen((subject, tx) => documentSummary(tx, subject))).toMatchObject({ total: 3, years: [2026] });
  });
});
