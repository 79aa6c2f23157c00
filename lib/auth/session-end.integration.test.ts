import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Db } from "@/lib/db/client";
import { createTestDatabase, type TestDatabase } from "@/lib/test/database";
import { findSession } from "./data";
import { openSession } from "./mutations";
import { sha256 } from "./protocol-log";
import { closeSession, sweepLapsedSessions } from "./session-end";
import { sealToken } from "./token-vault";

// However a session ends — logout, inactivity seen on the next request, absolute lifetime, or lapsed with
// nobody coming back — the OP's access token is revoked once and the revocation is in the protocol log.
// The OP is replaced by a recorder; the database is real (SQLite and PostgreSQL).

const state = vi.hoisted(() => ({ db: null as Db | null, revocations: [] as { provider: string; token: string }[], answer: { revoked: true, detail: "HTTP 200" } }));
vi.mock("@/lib/env", () => ({ env: () => ({ STORAGE_KEY: "cd".repeat(32) }) }));
vi.mock("@/lib/db/client", async (original) => ({ ...(await original<object>()), db: async () => state.db! }));
vi.mock("./revocation", () => ({
  revokeAtProvider: async (provider: string, token: string) => {
    state.revocations.push({ provider, token });
    return state.answer;
  },
}));

let t: TestDatabase;
const MARIO = { id: "mario", fiscalCode: "RSSMRA80A01H501U" };
const IDLE_MINUTES = 15;
const NOW = new Date("2026-12-03T12:00:00Z");
const minutesBefore = (minutes: number) => new Date(NOW.getTime() - minutes * 60_000);

async function session(token: string, openedMinutesAgo: number, lastSeenMinutesAgo = openedMinutesAgo): Promise<string> {
  const id = await openSession(t.db, { personId: MARIO.id, fiscalCode: MARIO.fiscalCode, provider: "spid-test", subject: "sub-1", acr: "https://www.spid.gov.it/SpidL2", now: minutesBefore(openedMinutesAgo), maxHours: 8, revocationToken: sealToken(token) });
  await t.db.session.update({ where: { id }, data: { lastSeenAt: minutesBefore(lastSeenMinutesAgo) } });
  return id;
}

const revocationRows = (sessionId: string) => t.db.protocolLogEntry.findMany({ where: { kind: "REVOCATION", sessionHash: sha256(sessionId) } });

beforeAll(async () => {
  t = await createTestDatabase();
  state.db = t.db;
  await t.db.person.create({ data: { ...MARIO, givenName: "Mario", familyName: "Rossi", birthDate: new Date("1980-01-01"), sex: "M" } });
});
afterAll(() => t.close());
beforeEach(() => {
  state.revocations = [];
  state.answer = { revoked: true, detail: "HTTP 200" };
});

describe(`the end of a session revokes its token (${process.env.TEST_PG_URL ? "PostgreSQL" : "SQLite"})`, () => {
  it("at logout: the session ends, the token goes to the OP once, and the revocation is logged", async () => {
    const id = await session("at-logout", 5);
    const row = (await findSession(t.db, id))!;
    await closeSession(t.db, row, "LOGOUT", NOW);
    expect(state.revocations).toEqual([{ provider: "spid-test", token: "at-logout" }]);
    expect(await t.db.session.findUniqueOrThrow({ where: { id } })).toMatchObject({ endReason: "LOGOUT", revocationToken: null });
    const [logged, ...more] = await revocationRows(id);
    expect(more).toEqual([]);
    expect(logged).toMatchObject({ provider: "spid-test", outcome: "OK", personId: MARIO.id, fiscalCode: MARIO.fiscalCode });
    expect(JSON.parse(logged!.detail)).toEqual({ reason: "LOGOUT", token_type_hint: "access_token", result: "HTTP 200" });
    // Seen again (a second tab, the sweep): already over, nothing more goes to the OP.
    await closeSession(t.db, row, "IDLE", NOW);
    expect(state.revocations).toHaveLength(1);
  });

  it("when the next request finds it idle, the page hands the revocation to after its answer", async () => {
    const id = await session("at-idle", 30, 20);
    const deferred: (() => Promise<void>)[] = [];
    await closeSession(t.db, (await findSession(t.db, id))!, "IDLE", NOW, (task) => deferred.push(task));
    // Ended at once; revoked only when the deferred work runs.
    expect((await t.db.session.findUniqueOrThrow({ where: { id } })).endReason).toBe("IDLE");
    expect(state.revocations).toEqual([]);
    await deferred[0]!();
    expect(state.revocations).toEqual([{ provider: "spid-test", token: "at-idle" }]);
    expect(await revocationRows(id)).toHaveLength(1);
  });

  it("a failed revocation is logged as such and reported, and the session is over all the same", async () => {
    state.answer = { revoked: false, detail: "HTTP 503" };
    const report = vi.spyOn(console, "error").mockImplementation(() => {});
    const id = await session("at-failing", 5);
    await closeSession(t.db, (await findSession(t.db, id))!, "LOGOUT", NOW);
    expect(report).toHaveBeenCalledWith(expect.stringContaining("HTTP 503"));
    report.mockRestore();
    expect((await t.db.session.findUniqueOrThrow({ where: { id } })).endedAt).not.toBeNull();
    expect(await revocationRows(id)).toEqual([expect.objectContaining({ outcome: "ERROR", detail: JSON.stringify({ reason: "LOGOUT", token_type_hint: "access_token", result: "HTTP 503" }) })]);
  });

  it("the sweep ends and revokes sessions that lapsed unseen, by idle time or lifetime, and leaves live ones", async () => {
    await t.db.session.updateMany({ where: { endedAt: null }, data: { endedAt: NOW, endReason: "LOGOUT" } });
    const live = await session("at-live", 60, 2);
    const idle = await session("at-idle-unseen", 60, 16);
    const expired = await session("at-expired", 8 * 60 + 1, 1);
    expect(await sweepLapsedSessions(t.db, NOW, IDLE_MINUTES)).toBe(2);
    expect(state.revocations.map((revocation) => revocation.token).sort()).toEqual(["at-expired", "at-idle-unseen"]);
    expect((await t.db.session.findUniqueOrThrow({ where: { id: idle } })).endReason).toBe("IDLE");
    expect((await t.db.session.findUniqueOrThrow({ where: { id: expired } })).endReason).toBe("EXPIRED");
    expect(await t.db.session.findUniqueOrThrow({ where: { id: live } })).toMatchObject({ endedAt: null });
    expect(JSON.parse((await revocationRows(expired))[0]!.detail).reason).toBe("EXPIRED");
    expect(JSON.parse((await revocationRows(idle))[0]!.detail).reason).toBe("IDLE");
    // Nothing left to do on the next pass.
    expect(await sweepLapsedSessions(t.db, NOW, IDLE_MINUTES)).toBe(0);
    expect(state.revocations).toHaveLength(2);
  });
});
