import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { subMonths } from "date-fns";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/test/database";
import { protocolLogOf } from "./data";
import { openSession, purgeProtocolLog, recordProtocolMessage } from "./mutations";
import { sha256, type ProtocolMessage } from "./protocol-log";

// The protocol log on a real database (SQLite and PostgreSQL): append-only, kept 24 months whatever the
// purge is told, and one person's rows found by their fiscal code with the login's earlier messages.

let t: TestDatabase;
const MARIO = { id: "mario", fiscalCode: "RSSMRA80A01H501U" };
const ANNA = { id: "anna", fiscalCode: "SPSNNA38P67F839F" };
const root = path.resolve(import.meta.dirname, "..", "..");

/** One login's messages as the portal writes them: request and token before the person is known. */
async function login(person: typeof MARIO, nonce: string, at: Date): Promise<string> {
  const flowHash = sha256(nonce);
  const write = (message: ProtocolMessage, offsetMs: number) => recordProtocolMessage(t.db, message, new Date(at.getTime() + offsetMs));
  await write({ kind: "AUTHORIZATION_REQUEST", provider: "spid-test", outcome: "OK", flowHash, detail: { jti: `req-${nonce}` } }, 0);
  await write({ kind: "TOKEN_RESPONSE", provider: "spid-test", outcome: "OK", flowHash, detail: { tokens: ["access_token", "id_token"] } }, 1000);
  await write({ kind: "USERINFO_RESPONSE", provider: "spid-test", outcome: "OK", flowHash, fiscalCode: person.fiscalCode, detail: { attributes: ["given_name"] } }, 2000);
  return openSession(t.db, { personId: person.id, fiscalCode: person.fiscalCode, provider: "spid-test", subject: `sub-${nonce}`, acr: "https://www.spid.gov.it/SpidL2", now: new Date(at.getTime() + 3000), maxHours: 8, flowHash });
}

const rawDelete = (where: string) => t.db.$executeRawUnsafe(`DELETE FROM "ProtocolLogEntry" WHERE ${where}`);

beforeAll(async () => {
  t = await createTestDatabase();
  await t.db.person.createMany({
    data: [MARIO, ANNA].map((person) => ({ ...person, givenName: person.id, familyName: "Test", birthDate: new Date("1980-01-01"), sex: "F" })),
  });
});
afterAll(() => t.close());

describe(`protocol log (${process.env.TEST_PG_URL ? "PostgreSQL" : "SQLite"})`, () => {
  let marioSession: string;

  it("ties a login's rows together and to its session, which is opened with its own row", async () => {
    marioSession = await login(MARIO, "mario-nonce-1", new Date("2026-11-10T08:00:00Z"));
    await login(ANNA, "anna-nonce-1", new Date("2026-11-10T08:00:10Z"));
    const rows = await protocolLogOf(t.db, MARIO.fiscalCode, {});
    expect(rows.map((row) => row.kind)).toEqual(["AUTHORIZATION_REQUEST", "TOKEN_RESPONSE", "USERINFO_RESPONSE", "SESSION_OPENED"]);
    expect(new Set(rows.map((row) => row.flowHash))).toEqual(new Set([sha256("mario-nonce-1")]));
    expect(rows.at(-1)).toMatchObject({ sessionHash: sha256(marioSession), personId: MARIO.id, fiscalCode: MARIO.fiscalCode, detail: { acr: "https://www.spid.gov.it/SpidL2" } });
    // The session id itself is nowhere in the log.
    expect(JSON.stringify(rows)).not.toContain(marioSession);
  });

  it("returns only that person's rows, within Rome-day bounds when given", async () => {
    await login(MARIO, "mario-nonce-2", new Date("2026-11-20T09:00:00Z"));
    const all = await protocolLogOf(t.db, MARIO.fiscalCode, {});
    expect(all).toHaveLength(8);
    expect(all.every((row) => row.fiscalCode === MARIO.fiscalCode || row.fiscalCode === null)).toBe(true);
    const later = await protocolLogOf(t.db, MARIO.fiscalCode, { from: new Date("2026-11-15T00:00:00Z") });
    expect(new Set(later.map((row) => row.flowHash))).toEqual(new Set([sha256("mario-nonce-2")]));
    expect(await protocolLogOf(t.db, "BNCGPP75C15Z404W", {})).toEqual([]);
  });

  it("refuses at the database to change any row, or to delete one younger than 24 months", async () => {
    const row = await t.db.protocolLogEntry.findFirstOrThrow({ where: { fiscalCode: MARIO.fiscalCode } });
    const count = await t.db.protocolLogEntry.count();
    // The engines (and Prisma's SQLite adapter) word the triggers' refusal differently: what matters is that nothing changed.
    await expect(t.db.protocolLogEntry.update({ where: { seq: row.seq }, data: { outcome: "ERROR" } })).rejects.toThrow();
    await expect(t.db.$executeRawUnsafe(`UPDATE "ProtocolLogEntry" SET "detail" = '{}'`)).rejects.toThrow();
    await expect(t.db.protocolLogEntry.delete({ where: { seq: row.seq } })).rejects.toThrow();
    await expect(rawDelete("1 = 1")).rejects.toThrow();
    // 23 months old is still too young.
    const young = await t.db.protocolLogEntry.create({ data: { at: subMonths(new Date(), 23), kind: "REVOCATION", provider: "spid-test", outcome: "OK", detail: "{}" } });
    await expect(rawDelete(`"seq" = ${young.seq}`)).rejects.toThrow();
    if (t.engine === "postgresql") await expect(t.db.$executeRawUnsafe(`TRUNCATE "ProtocolLogEntry"`)).rejects.toThrow(/append-only/);
    expect(await t.db.protocolLogEntry.count()).toBe(count + 1);
    expect(await t.db.protocolLogEntry.findUniqueOrThrow({ where: { seq: row.seq } })).toEqual(row);
  });

  it("purges only rows past the retention period, never under 24 months", async () => {
    const now = new Date();
    const at = (months: number) => subMonths(now, months);
    await t.db.protocolLogEntry.createMany({
      data: [25, 31, 40].map((months) => ({ at: at(months), kind: "TOKEN_RESPONSE", provider: "cie", outcome: "OK", fiscalCode: ANNA.fiscalCode, detail: "{}" })),
    });
    const before = await t.db.protocolLogEntry.count();
    await expect(purgeProtocolLog(t.db, 12, now)).rejects.toThrow(RangeError);
    expect(await purgeProtocolLog(t.db, 36, now)).toBe(1);
    expect(await purgeProtocolLog(t.db, 24, now)).toBe(2);
    expect(await t.db.protocolLogEntry.count()).toBe(before - 3);
    expect(await t.db.protocolLogEntry.count({ where: { at: { lt: subMonths(now, 24) } } })).toBe(0);
  });

  it("is printed for one person by the operator's command, as JSON and as CSV", async () => {
    const run = (...args: string[]) =>
      promisify(execFile)(process.execPath, [path.join(root, "node_modules", "tsx", "dist", "cli.mjs"), "--conditions=react-server", "scripts/auth-protocol-log.ts", ...args], {
        cwd: root,
        env: { ...process.env, DATABASE_URL: t.url },
      });
    const json = JSON.parse((await run(MARIO.fiscalCode.toLowerCase(), "--from", "2026-11-01", "--to", "2026-11-10")).stdout) as { kind: string; at: string }[];
    expect(json.map((row) => row.kind)).toEqual(["AUTHORIZATION_REQUEST", "TOKEN_RESPONSE", "USERINFO_RESPONSE", "SESSION_OPENED"]);
    expect(json[0]!.at).toBe("2026-11-10T08:00:00.000Z");
    const csv = (await run(MARIO.fiscalCode, "--format", "csv")).stdout;
    expect(csv.trim().split("\n")).toHaveLength(1 + 8);
    await expect(run("RSSMRA80A01H501X")).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining("codice fiscale non valido") });
    await expect(run(MARIO.fiscalCode, "--format", "xml")).rejects.toMatchObject({ code: 1 });
  });
});
