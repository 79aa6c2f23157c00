import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/test/database";
import type { Db } from "@/lib/db/client";
import { withAccess } from "./gate";
import { verifyChain } from "./log-hash";
import type { Actor } from "./types";

let t: TestDatabase;
const adult: Actor = { personId: "p-adult", role: "CITIZEN", displayName: "Mario Rossi" };
const minor: Actor = { personId: "p-minor", role: "CITIZEN", displayName: "Sara Rossi" };

beforeAll(async () => {
  t = await createTestDatabase();
  await t.db.person.createMany({
    data: [
      { id: "p-adult", fiscalCode: "RSSMRA80A01H501U", givenName: "Mario", familyName: "Rossi", birthDate: new Date("1980-01-01"), sex: "M" },
      { id: "p-minor", fiscalCode: "RSSSRA15A41H501X", givenName: "Sara", familyName: "Rossi", birthDate: new Date("2015-01-01"), sex: "F" },
    ],
  });
  await t.db.facility.create({ data: { id: "f1", code: "120201", name: "Ospedale", type: "Ospedale" } });
  await t.db.document.create({
    data: {
      id: "d-p98", patientId: "p-adult", facilityId: "f1", typeCode: "11502-2", classCode: "REF", title: "Referto", titleSearch: "referto",
      clinicalDate: new Date(), publishedAt: new Date(), authorName: "Dr", setId: "s1", fileHash: "h", fileSize: 1, contentType: "application/pdf",
      hiddenFromPatient: true,
    },
  });
});
afterAll(() => t.close());

async function logRows(subjectId: string) {
  return t.db.accessLogEntry.findMany({ where: { subjectId }, orderBy: { seq: "asc" } });
}

describe(`access gate (${process.env.TEST_PG_URL ? "PostgreSQL" : "SQLite"})`, () => {
  it("runs an allowed read and leaves exactly one ALLOW row naming actor, basis and purpose", async () => {
    const before = (await logRows("p-adult")).length;
    const outcome = await withAccess(t.db, { actor: adult, action: "document.list", subjectId: "p-adult", purpose: "CONSULTAZIONE" }, async (subject) => subject.basis);
    expect(outcome).toEqual({ allowed: true, value: "SELF" });
    const rows = await logRows("p-adult");
    expect(rows).toHaveLength(before + 1);
    expect(rows.at(-1)).toMatchObject({ actorId: "p-adult", actorRole: "CITIZEN", basis: "SELF", outcome: "ALLOW", purpose: "CONSULTAZIONE" });
  });

  it("never runs the read when denied, and still logs the denial", async () => {
    const read = vi.fn(async () => "secret");
    const outcome = await withAccess(t.db, { actor: adult, action: "document.read", subjectId: "p-adult", documentId: "d-p98", purpose: "CONSULTAZIONE" }, read);
    expect(outcome).toEqual({ allowed: false, reason: "HIDDEN_FROM_PATIENT" });
    expect(read).not.toHaveBeenCalled();
    expect((await logRows("p-adult")).at(-1)).toMatchObject({ outcome: "DENY", reason: "HIDDEN_FROM_PATIENT", resourceId: "d-p98" });
  });

  it("denies a minor their own record and a citizen someone else's", async () => {
    expect(await withAccess(t.db, { actor: minor, action: "document.list", subjectId: "p-minor", purpose: "CONSULTAZIONE" }, async () => 1)).toEqual({
      allowed: false,
      reason: "MINOR_SELF_ACCESS",
    });
    expect(await withAccess(t.db, { actor: adult, action: "document.list", subjectId: "p-minor", purpose: "CONSULTAZIONE" }, async () => 1)).toEqual({
      allowed: false,
      reason: "NO_BASIS",
    });
  });

  it("rolls the log row back with the read when the read fails: nothing half-done", async () => {
    const before = (await logRows("p-adult")).length;
    await expect(
      withAccess(t.db, { actor: adult, action: "document.list", subjectId: "p-adult", purpose: "CONSULTAZIONE" }, async () => {
        throw new Error("disk on fire");
      }),
    ).rejects.toThrow("disk on fire");
    expect(await logRows("p-adult")).toHaveLength(before);
  });

  it("fails closed: when the log row cannot be written, nothing is read or served", async () => {
    const broken = t.db.$extends({
      query: { accessLogEntry: { create: () => Promise.reject(new Error("log unavailable")) } },
    }) as unknown as Db;
    const read = vi.fn(async () => "data");
    await expect(withAccess(broken, { actor: adult, action: "document.list", subjectId: "p-adult", purpose: "CONSULTAZIONE" }, read)).rejects.toThrow(
      "log unavailable",
    );
    expect(read).not.toHaveBeenCalled();
  });

  it("keeps one unbroken hash chain under concurrent reads of the same record", async () => {
    await Promise.all(
      Array.from({ length: 12 }, () =>
        withAccess(t.db, { actor: adult, action: "document.list", subjectId: "p-adult", purpose: "CONSULTAZIONE" }, async () => null),
      ),
    );
    const rows = await logRows("p-adult");
    expect(verifyChain(rows)).toEqual({ ok: true });
    const head = await t.db.accessLogHead.findUnique({ where: { subjectId: "p-adult" } });
    expect(head).toMatchObject({ hash: rows.at(-1)?.hash, count: rows.length });
  });

  it("detects a tampered row", async () => {
    const rows = await logRows("p-adult");
    const tampered = rows.map((row, i) => (i === 1 ? { ...row, reason: "FORGED" } : row));
    expect(verifyChain(tampered)).toEqual({ ok: false, brokenAt: 1 });
  });

  it("refuses to change or delete log rows at the database level", async () => {
    const before = await logRows("p-adult");
    // The engines word the trigger's refusal differently; what matters is that nothing changed.
    await expect(t.db.accessLogEntry.updateMany({ data: { outcome: "DENY" } })).rejects.toThrow();
    await expect(t.db.accessLogEntry.deleteMany({})).rejects.toThrow();
    expect(await logRows("p-adult")).toEqual(before);
  });
});
