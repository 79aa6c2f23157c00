import "server-only";
import type { Db, Tx } from "@/lib/db/client";
import { entryHash, GENESIS_HASH, type HashedFields } from "./log-hash";

/**
 * Inserts one access-log row inside the caller's transaction. It is a plain insert — no chain head is
 * read or locked — so concurrent requests on one record never wait on each other; the row commits (or
 * rolls back) with the read or write it records, and the sealer chains it afterwards.
 */
export async function appendAccessLog(tx: Tx, fields: HashedFields): Promise<void> {
  await tx.accessLogEntry.create({ data: fields, select: { seq: true } });
}

export const SEAL_BATCH = 500;

/**
 * Chains committed rows that are not sealed yet, in insertion order: each gets its place in its
 * subject's chain, the previous hash and its own. One transaction per batch, which first takes the
 * sealer row's lock so two sealers (two portal processes) never chain the same rows. Returns how many
 * rows it sealed; 0 means nothing is pending.
 */
export async function sealPending(database: Db, now: Date = new Date(), batch = SEAL_BATCH): Promise<number> {
  // A plain read first: when nothing waits, no write transaction (and no fsync) is spent.
  if (!(await database.accessLogEntry.findFirst({ where: { hash: null }, select: { seq: true } }))) return 0;
  return database.$transaction(
    async (tx) => {
      await tx.accessLogSealer.upsert({ where: { id: 1 }, create: { id: 1, lastRunAt: now }, update: { lastRunAt: now } });
      const pending = await tx.accessLogEntry.findMany({ where: { hash: null }, orderBy: { seq: "asc" }, take: batch });
      if (pending.length === 0) return 0;
      const subjectIds = [...new Set(pending.map((row) => row.subjectId))];
      const heads = new Map(
        (await tx.accessLogHead.findMany({ where: { subjectId: { in: subjectIds } } })).map((head) => [head.subjectId, { ...head, stored: true }]),
      );
      for (const row of pending) {
        const head = heads.get(row.subjectId) ?? { subjectId: row.subjectId, hash: GENESIS_HASH, count: 0, stored: false };
        const hash = entryHash(head.hash, row);
        await tx.accessLogEntry.update({
          where: { seq: row.seq },
          data: { prevHash: head.hash, hash, chainIndex: head.count + 1, sealedAt: now },
          select: { seq: true },
        });
        heads.set(row.subjectId, { ...head, hash, count: head.count + 1 });
      }
      for (const head of heads.values()) {
        if (head.stored) await tx.accessLogHead.update({ where: { subjectId: head.subjectId }, data: { hash: head.hash, count: head.count } });
        else await tx.accessLogHead.create({ data: { subjectId: head.subjectId, hash: head.hash, count: head.count } });
      }
      return pending.length;
    },
    { maxWait: 10_000, timeout: 60_000 },
  );
}
