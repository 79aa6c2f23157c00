import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/test/database";
import { getDocument, listDocuments } from "@/lib/documents/data";
import { AccessMisuseError, AuthorizedSubject, withAccess } from "./gate";
import { ChainVerifier, verifyChain } from "./log-hash";
import { sealPending } from "./mutations";
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
      { id: "p-other", fiscalCode: "BNCLCU70A41H501Q", givenName: "Lucia", familyName: "Bianchi", birthDate: new Date("1970-01-01"), sex: "F" },
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

async function sealedChain(subjectId: string) {
  while ((await sealPending(t.db)) > 0);
  return t.db.accessLogEntry.findMany({ where: { subjectId }, orderBy: { chainIndex: "asc" } });
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
    // The database itself refuses the insert, as a full disk or a lost connection would.
    if (t.engine === "sqlite") {
      await t.db.$executeRawUnsafe(`CREATE TRIGGER "log_unavailable" BEFORE INSERT ON "AccessLogEntry" BEGIN SELECT RAISE(ABORT, 'log unavailable'); END`);
    } else {
      await t.db.$executeRawUnsafe(`CREATE FUNCTION "log_unavailable"() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'log unavailable'; END $$ LANGUAGE plpgsql`);
      await t.db.$executeRawUnsafe(`CREATE TRIGGER "log_unavailable" BEFORE INSERT ON "AccessLogEntry" FOR EACH ROW EXECUTE FUNCTION "log_unavailable"()`);
    }
    try {
      const before = (await logRows("p-adult")).length;
      const read = vi.fn(async () => "data");
      await expect(withAccess(t.db, { actor: adult, action: "document.list", subjectId: "p-adult", purpose: "CONSULTAZIONE" }, read)).rejects.toThrow(
        "log unavailable",
      );
      expect(read).not.toHaveBeenCalled();
      expect(await logRows("p-adult")).toHaveLength(before);
    } finally {
      if (t.engine === "sqlite") await t.db.$executeRawUnsafe(`DROP TRIGGER "log_unavailable"`);
      else await t.db.$executeRawUnsafe(`DROP FUNCTION "log_unavailable"() CASCADE`);
    }
  });

  it("logs a request for someone who does not exist as a denial, without an error", async () => {
    const outcome = await withAccess(t.db, { actor: adult, action: "document.list", subjectId: "nobody-42", purpose: "CONSULTAZIONE" }, async () => "x");
    expect(outcome).toEqual({ allowed: false, reason: "NOT_FOUND" });
    expect((await logRows("nobody-42")).at(-1)).toMatchObject({ actorId: "p-adult", outcome: "DENY", reason: "NOT_FOUND" });
  });

  it("shows the owner an attempt on one of their documents from another record, telling the asker nothing", async () => {
    const other: Actor = { personId: "p-other", role: "CITIZEN", displayName: "Lucia Bianchi" };
    const ownerRowsBefore = (await logRows("p-adult")).length;
    const outcome = await withAccess(t.db, { actor: other, action: "document.read", subjectId: "p-other", documentId: "d-p98", purpose: "CONSULTAZIONE" }, async () => "x");
    expect(outcome).toEqual({ allowed: false, reason: "NOT_FOUND" });
    expect((await logRows("p-other")).at(-1)).toMatchObject({ actorId: "p-other", outcome: "DENY", reason: "NOT_FOUND", resourceId: "d-p98" });
    const ownerRows = await logRows("p-adult");
    expect(ownerRows).toHaveLength(ownerRowsBefore + 1);
    expect(ownerRows.at(-1)).toMatchObject({ actorId: "p-other", action: "document.read", outcome: "DENY", reason: "OTHER_RECORD", resourceType: "DOCUMENT", resourceId: "d-p98" });
    // An id that belongs to nobody leaves only the asker's row.
    await withAccess(t.db, { actor: other, action: "document.read", subjectId: "p-other", documentId: "d-none", purpose: "CONSULTAZIONE" }, async () => "x");
    expect(await logRows("p-adult")).toHaveLength(ownerRowsBefore + 1);
  });

  it("records the resource a request names", async () => {
    await withAccess(t.db, { actor: adult, action: "health.read", subjectId: "p-adult", resource: { type: "NOTEBOOK_ENTRY", id: "n-7" }, purpose: "TACCUINO_FILE" }, async () => null);
    expect((await logRows("p-adult")).at(-1)).toMatchObject({ resourceType: "NOTEBOOK_ENTRY", resourceId: "n-7", outcome: "ALLOW" });
  });

  it("chains every row after commit: concurrent reads of one record leave one unbroken chain", async () => {
    await Promise.all(
      Array.from({ length: 12 }, () =>
        withAccess(t.db, { actor: adult, action: "document.list", subjectId: "p-adult", purpose: "CONSULTAZIONE" }, async () => null),
      ),
    );
    expect((await logRows("p-adult")).some((row) => row.hash === null)).toBe(true);
    const rows = await sealedChain("p-adult");
    expect(rows.every((row) => row.hash !== null)).toBe(true);
    expect(verifyChain(rows)).toEqual({ ok: true });
    const head = await t.db.accessLogHead.findUnique({ where: { subjectId: "p-adult" } });
    expect(head).toMatchObject({ hash: rows.at(-1)?.hash, count: rows.length });
  });

  it("detects a changed row, a removed row and a chain cut short", async () => {
    const rows = await sealedChain("p-adult");
    expect(verifyChain(rows.map((row, i) => (i === 1 ? { ...row, reason: "FORGED" } : row)))).toEqual({ ok: false, brokenAt: 1 });
    expect(verifyChain(rows.filter((_row, i) => i !== 2))).toEqual({ ok: false, brokenAt: 2 });
    const verifier = new ChainVerifier();
    for (const row of rows.slice(0, -1)) expect(verifier.push(row)).toBeNull();
    const head = (await t.db.accessLogHead.findUniqueOrThrow({ where: { subjectId: "p-adult" } }));
    expect(verifier.end([head])).toMatchObject({ subjectId: "p-adult" });
  });

  it("refuses to change or delete log rows at the database level; a row is sealed once", async () => {
    const before = await sealedChain("p-adult");
    // The engines word the trigger's refusal differently; what matters is that nothing changed.
    await expect(t.db.accessLogEntry.updateMany({ data: { outcome: "DENY" } })).rejects.toThrow();
    await expect(t.db.accessLogEntry.update({ where: { seq: before[0]!.seq }, data: { hash: "f".repeat(64) } })).rejects.toThrow();
    await expect(t.db.accessLogEntry.deleteMany({})).rejects.toThrow();
    await withAccess(t.db, { actor: adult, action: "document.list", subjectId: "p-adult", purpose: "CONSULTAZIONE" }, async () => null);
    const unsealed = (await logRows("p-adult")).at(-1)!;
    await expect(t.db.accessLogEntry.update({ where: { seq: unsealed.seq }, data: { reason: "FORGED", hash: "f".repeat(64), prevHash: "0", chainIndex: 1 } })).rejects.toThrow();
    await expect(t.db.accessLogHead.update({ where: { subjectId: "p-adult" }, data: { count: 1 } })).rejects.toThrow();
    await expect(t.db.accessLogHead.deleteMany({})).rejects.toThrow();
    expect((await sealedChain("p-adult")).slice(0, before.length)).toEqual(before);
  });
});

describe("the capability the gate mints", () => {
  const list = (subject: unknown) => withAccess(t.db, { actor: adult, action: "document.list", subjectId: "p-adult", purpose: "CONSULTAZIONE" }, async (real, tx) => listDocuments(tx, subject === "real" ? real : (subject as never), {}, 5));

  it("opens data only when it is the gate's own, live, for the action it serves", async () => {
    expect((await list("real")).allowed).toBe(true);
    await expect(list({ subjectId: "p-adult", visibility: {}, require: () => undefined })).rejects.toThrow(AccessMisuseError);
    let leaked: AuthorizedSubject | null = null;
    await withAccess(t.db, { actor: adult, action: "document.list", subjectId: "p-adult", purpose: "CONSULTAZIONE" }, async (subject, tx) => {
      expect(() => ({ ...subject, subjectId: "p-minor" }) as unknown as { require: () => void }).not.toThrow();
      await expect(listDocuments(tx, Object.create(subject) as never, {}, 5)).rejects.toThrow(AccessMisuseError);
      await expect(getDocument(tx, subject)).rejects.toThrow(/not for document.read/);
      leaked = subject;
    });
    // Used after its transaction ended, it opens nothing.
    await expect(t.db.$transaction((tx) => listDocuments(tx, leaked!, {}, 5))).rejects.toThrow(/ended with its transaction/);
    expect(() => new (AuthorizedSubject as unknown as new (token: symbol, fields: object) => unknown)(Symbol("AuthorizedSubject.mint"), {})).toThrow(AccessMisuseError);
    expect(Object.isFrozen(leaked)).toBe(true);
  });
});

describe.runIf(process.env.TEST_PG_URL)("concurrent readers of one record (PostgreSQL)", () => {
  it("do not wait on each other: a read completes while another read of the same record is still open", async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let firstLogged!: () => void;
    const logged = new Promise<void>((resolve) => (firstLogged = resolve));
    const slow = withAccess(t.db, { actor: adult, action: "document.list", subjectId: "p-adult", purpose: "CONSULTAZIONE" }, async () => {
      firstLogged();
      await held; // its log row is inserted, its transaction still open
      return "slow";
    });
    await logged;
    const started = Date.now();
    const fast = await withAccess(t.db, { actor: adult, action: "document.list", subjectId: "p-adult", purpose: "CONSULTAZIONE" }, async () => "fast");
    expect(fast).toEqual({ allowed: true, value: "fast" });
    expect(Date.now() - started).toBeLessThan(2_000);
    release();
    expect(await slow).toEqual({ allowed: true, value: "slow" });
  });
});
