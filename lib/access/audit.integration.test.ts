import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/test/database";
import { logHeadsAndPending, sealedLogEntries } from "./data";
import { withAccess } from "./gate";
import { ChainVerifier, type ChainProblem } from "./log-hash";
import { sealPending } from "./mutations";
import type { Actor } from "./types";

// What `npm run audit:verify` does, on a real database: the chains verify, and a database administrator
// who gets past the triggers to change or remove a row is named by the first row that no longer fits.

let t: TestDatabase;
const people = ["anna", "bruno", "carla"];
const actorOf = (id: string): Actor => ({ personId: id, role: "CITIZEN", displayName: id });

async function verify(): Promise<{ problem: ChainProblem | null; checked: number; pending: number }> {
  const verifier = new ChainVerifier();
  let problem: ChainProblem | null = null;
  for await (const entry of sealedLogEntries(t.db)) {
    problem = verifier.push(entry);
    if (problem) break;
  }
  const { heads, pending } = await logHeadsAndPending(t.db);
  return { problem: problem ?? verifier.end(heads), checked: verifier.checked, pending };
}

async function dropTrigger(name: string) {
  await t.db.$executeRawUnsafe(t.engine === "postgresql" ? `DROP TRIGGER "${name}" ON "AccessLogEntry"` : `DROP TRIGGER "${name}"`);
}

beforeAll(async () => {
  t = await createTestDatabase();
  await t.db.person.createMany({
    data: people.map((id, i) => ({ id, fiscalCode: `RSSMRA80A0${i + 1}H501U`, givenName: id, familyName: "Test", birthDate: new Date("1980-01-01"), sex: "F" })),
  });
  for (let round = 0; round < 10; round++) {
    await Promise.all(people.map((id) => withAccess(t.db, { actor: actorOf(id), action: "document.list", subjectId: id, purpose: "CONSULTAZIONE" }, async () => null)));
  }
});
afterAll(() => t.close());

describe(`access-log verifier (${process.env.TEST_PG_URL ? "PostgreSQL" : "SQLite"})`, () => {
  it("reports rows still to seal, then verifies every chain once they are sealed", async () => {
    expect((await verify()).pending).toBe(30);
    while ((await sealPending(t.db)) > 0);
    expect(await verify()).toEqual({ problem: null, checked: 30, pending: 0 });
  });

  it("names the row whose content was changed behind the triggers' back", async () => {
    await dropTrigger("AccessLogEntry_seal_once");
    const target = await t.db.accessLogEntry.findFirstOrThrow({ where: { subjectId: "bruno", chainIndex: 4 } });
    await t.db.accessLogEntry.update({ where: { seq: target.seq }, data: { outcome: "DENY" } });
    expect((await verify()).problem).toMatchObject({ seq: String(target.seq), subjectId: "bruno", chainIndex: 4 });
    await t.db.accessLogEntry.update({ where: { seq: target.seq }, data: { outcome: "ALLOW" } });
    expect((await verify()).problem).toBeNull();
  });

  it("names the row after one that was removed, and a chain cut short at its end", async () => {
    await dropTrigger("AccessLogEntry_no_delete");
    const removed = await t.db.accessLogEntry.findFirstOrThrow({ where: { subjectId: "carla", chainIndex: 6 } });
    const next = await t.db.accessLogEntry.findFirstOrThrow({ where: { subjectId: "carla", chainIndex: 7 } });
    await t.db.accessLogEntry.delete({ where: { seq: removed.seq } });
    expect((await verify()).problem).toMatchObject({ seq: String(next.seq), subjectId: "carla" });
    await t.db.accessLogEntry.deleteMany({ where: { subjectId: "carla", chainIndex: { gte: 6 } } });
    expect((await verify()).problem).toMatchObject({ subjectId: "carla", problem: expect.stringContaining("head records 10") });
  });
});
