import { mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkpointSettingsOf } from "@/lib/env";
import { createTestDatabase, type TestDatabase } from "@/lib/test/database";
import { checkpointDir, loadCheckpointKeys, readCheckpoints, writeCheckpoint, type CheckpointKeys } from "./checkpoint";
import { chainHeadsSealedBetween } from "./data";
import { withAccess } from "./gate";
import { entryHash, GENESIS_HASH } from "./log-hash";
import { sealPending } from "./mutations";
import type { Actor } from "./types";
import { verifyAccessLog } from "./verify";

// What a database administrator who can drop the triggers could do, and what the signed checkpoints make
// visible: a history rewritten with freshly computed hashes passes the chains alone, not the checkpoints.

let t: TestDatabase;
let dataDir: string;
let keys: CheckpointKeys;
const people = ["anna", "bruno", "carla"];
const actorOf = (id: string): Actor => ({ personId: id, role: "CITIZEN", displayName: id });
const settings = () => checkpointSettingsOf({ DATA_DIR: dataDir, FASCICOLO_DEMO: "1" });
const dir = () => checkpointDir(settings());
const heads = (from: Date | null, cut: Date) => chainHeadsSealedBetween(t.db, from, cut);

const T0 = Date.now();
const at = (seconds: number) => new Date(T0 + seconds * 1000);

async function accessAll(ids: string[], rounds: number, sealedAt: Date) {
  for (let round = 0; round < rounds; round++) {
    for (const id of ids) await withAccess(t.db, { actor: actorOf(id), action: "document.list", subjectId: id, purpose: "CONSULTAZIONE" }, async () => null);
  }
  while ((await sealPending(t.db, sealedAt)) > 0);
}

async function signedCheckpoints() {
  const reading = await readCheckpoints(dir(), keys);
  expect(reading.problem).toBeNull();
  return reading.checkpoints;
}

async function dropTriggers() {
  const triggers: [string, string][] = [
    ["AccessLogEntry_no_update", "AccessLogEntry"],
    ["AccessLogEntry_seal_once", "AccessLogEntry"],
    ["AccessLogEntry_no_delete", "AccessLogEntry"],
    ["AccessLogHead_forward_only", "AccessLogHead"],
    ["AccessLogHead_no_delete", "AccessLogHead"],
  ];
  for (const [name, table] of triggers) {
    await t.db.$executeRawUnsafe(t.engine === "postgresql" ? `DROP TRIGGER IF EXISTS "${name}" ON "${table}"` : `DROP TRIGGER IF EXISTS "${name}"`);
  }
}

/** Rewrites one subject's chain from `fromIndex` on, hashes and head recomputed: invisible to the chains. */
async function rewriteChain(subjectId: string, change: (index: number) => { outcome?: string } | "drop") {
  const rows = await t.db.accessLogEntry.findMany({ where: { subjectId, chainIndex: { not: null } }, orderBy: { chainIndex: "asc" } });
  let prev = GENESIS_HASH;
  let index = 0;
  for (const row of rows) {
    const edit = change(row.chainIndex!);
    if (edit === "drop") {
      await t.db.accessLogEntry.delete({ where: { seq: row.seq } });
      continue;
    }
    index++;
    const fields = { ...row, ...edit };
    const hash = entryHash(prev, fields);
    await t.db.accessLogEntry.update({ where: { seq: row.seq }, data: { ...edit, chainIndex: index, prevHash: prev, hash } });
    prev = hash;
  }
  await t.db.accessLogHead.update({ where: { subjectId }, data: { hash: prev, count: index } });
}

beforeAll(async () => {
  t = await createTestDatabase();
  dataDir = mkdtempSync(path.join(tmpdir(), "fascicolo-checkpoints-"));
  keys = (await loadCheckpointKeys(settings()))!;
  await t.db.person.createMany({
    data: people.map((id, i) => ({ id, fiscalCode: `RSSMRA80A0${i + 1}H501U`, givenName: id, familyName: "Test", birthDate: new Date("1980-01-01"), sex: "F" })),
  });
});
afterAll(async () => {
  await t.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe(`signed checkpoints of the access log (${process.env.TEST_PG_URL ? "PostgreSQL" : "SQLite"})`, () => {
  it("records where every chain stands, then only the chains that moved since", async () => {
    await accessAll(people, 4, at(0));
    const first = await writeCheckpoint(dir(), keys, heads, at(120));
    expect(first?.heads).toEqual(people.map((subjectId) => ({ subjectId, count: 4, hash: expect.stringMatching(/^[0-9a-f]{64}$/) })));
    await accessAll(["bruno"], 2, at(90));
    const second = await writeCheckpoint(dir(), keys, heads, at(240));
    expect(second).toMatchObject({ sequence: 2, previous: expect.stringMatching(/^[0-9a-f]{64}$/), heads: [{ subjectId: "bruno", count: 6 }] });
    expect(readdirSync(dir()).sort()).toEqual(["checkpoint-00000001.jws", "checkpoint-00000002.jws"]);
    expect((await verifyAccessLog(t.db, await signedCheckpoints())).problem).toBeNull();
  });

  it("refuses a second checkpoint with nothing new to cover", async () => {
    expect(await writeCheckpoint(dir(), keys, heads, at(240))).toBeNull();
  });

  it("verifies with the public key alone, which cannot sign", async () => {
    const publicJwk = JSON.parse(readFileSync(path.join(dataDir, "audit-checkpoint-key.json"), "utf8")) as Record<string, string>;
    delete publicJwk.d;
    const verifier = (await loadCheckpointKeys(checkpointSettingsOf({ DATA_DIR: "/nonexistent", AUDIT_CHECKPOINT_PUBLIC_KEY: JSON.stringify(publicJwk) })))!;
    expect(verifier.signing).toBeNull();
    expect((await readCheckpoints(dir(), verifier)).checkpoints).toHaveLength(2);
    await expect(writeCheckpoint(dir(), verifier, heads, at(600))).rejects.toThrow(/cannot sign/);
  });

  it("catches a history rewritten with fresh hashes, which the chains alone cannot", async () => {
    await dropTriggers();
    await rewriteChain("anna", (index) => (index === 2 ? { outcome: "DENY" } : {}));
    expect((await verifyAccessLog(t.db, [])).problem).toBeNull();
    const { problem } = await verifyAccessLog(t.db, await signedCheckpoints());
    expect(problem).toMatchObject({ subjectId: "anna", chainIndex: 4, problem: expect.stringContaining("signed checkpoint 1") });
    await rewriteChain("anna", (index) => (index === 2 ? { outcome: "ALLOW" } : {}));
    expect((await verifyAccessLog(t.db, await signedCheckpoints())).problem).toBeNull();
  });

  it("catches a chain cut short and its head moved back", async () => {
    await rewriteChain("bruno", (index) => (index >= 5 ? "drop" : {}));
    expect((await verifyAccessLog(t.db, [])).problem).toBeNull();
    expect((await verifyAccessLog(t.db, await signedCheckpoints())).problem).toMatchObject({ subjectId: "bruno", problem: expect.stringContaining("saw 6 rows") });
  });

  it("names a checkpoint whose signature fails, one forged with another key, and one missing from the middle", async () => {
    const second = path.join(dir(), "checkpoint-00000002.jws");
    const original = readFileSync(second, "utf8");
    const [header, payload, signature] = original.trim().split(".");
    const altered = JSON.parse(Buffer.from(payload!, "base64url").toString()) as { heads: { count: number }[] };
    altered.heads[0]!.count = 4;
    writeFileSync(second, `${header}.${Buffer.from(JSON.stringify(altered)).toString("base64url")}.${signature}`);
    expect((await readCheckpoints(dir(), keys)).problem).toMatch(/checkpoint-00000002\.jws: la firma non è valida/);

    const otherDir = mkdtempSync(path.join(tmpdir(), "fascicolo-other-key-"));
    const otherKeys = (await loadCheckpointKeys(checkpointSettingsOf({ DATA_DIR: otherDir, FASCICOLO_DEMO: "1" })))!;
    const forged = await writeCheckpoint(path.join(otherDir, "cp"), otherKeys, heads, at(600));
    expect(forged).not.toBeNull();
    writeFileSync(second, readFileSync(path.join(otherDir, "cp", "checkpoint-00000001.jws")));
    expect((await readCheckpoints(dir(), keys)).problem).toMatch(/checkpoint-00000002\.jws: la firma non è valida/);
    rmSync(otherDir, { recursive: true, force: true });

    writeFileSync(second, original);
    expect((await readCheckpoints(dir(), keys)).problem).toBeNull();
    const first = path.join(dir(), "checkpoint-00000001.jws");
    const firstText = readFileSync(first, "utf8");
    unlinkSync(first);
    expect((await readCheckpoints(dir(), keys)).problem).toMatch(/atteso il numero 1/);
    writeFileSync(first, firstText);
  });
});
