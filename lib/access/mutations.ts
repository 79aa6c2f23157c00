import "server-only";
import { type Db, joinSql, sql, type Tx } from "@/lib/db/client";
import { entryHash, GENESIS_HASH, type HashedFields } from "./log-hash";

/**
 * Inserts one access-log row inside the caller's transaction. It is a plain insert — no chain head is
 * read or locked — so concurrent requests on one record never wait on each other; the row commits (or
 * rolls back) with the read or write it records, and the sealer chains it afterwards.
 */
export async function appendAccessLog(tx: Tx, fields: HashedFields): Promise<void> {
  // Parameterised SQL, not the model API: it runs on every request (decision 0023).
  await tx.$executeRaw(sql`
    INSERT INTO "AccessLogEntry" ("at", "actorId", "actorRole", "basis", "subjectId", "action", "resourceType", "resourceId", "outcome", "reason", "purpose", "detail")
    VALUES (${fields.at}, ${fields.actorId}, ${fields.actorRole}, ${fields.basis}, ${fields.subjectId}, ${fields.action}, ${fields.resourceType}, ${fields.resourceId}, ${fields.outcome}, ${fields.reason}, ${fields.purpose}, ${fields.detail})`);
}

export const SEAL_BATCH = 500;

/**
 * Chains committed rows that are not sealed yet, in insertion order: each gets its place in its
 * subject's chain, the previous hash and its own. One transaction per batch, which first takes the
 * sealer row's lock so two sealers (two portal processes) never chain the same rows. Returns how many
 * rows it sealed; 0 means nothing is pending.
 */
export async function sealPending(database: Db, now: Date = new Date(), batch = SEAL_BATCH): Promise<number> {
  // A plain read first: when nothing waits, no write transaction (and no fsync) is spent. The sealer runs
  // after nearly every request, so its statements are parameterised SQL (decision 0023).
  const [waiting] = await database.$queryRaw<{ seq: bigint | number }[]>(sql`SELECT "seq" FROM "AccessLogEntry" WHERE "hash" IS NULL LIMIT 1`);
  if (!waiting) return 0;
  return database.$transaction(
    async (tx) => {
      // Taking the sealer row first serialises sealers across processes (a row lock on PostgreSQL, the
      // write lock on SQLite), so two of them never chain the same rows.
      await tx.$executeRaw(sql`
        INSERT INTO "AccessLogSealer" ("id", "lastRunAt") VALUES (1, ${now})
        ON CONFLICT ("id") DO UPDATE SET "lastRunAt" = ${now}`);
      const pending = await tx.$queryRaw<(HashedFields & { seq: bigint | number })[]>(sql`
        SELECT "seq", "at", "actorId", "actorRole", "basis", "subjectId", "action", "resourceType", "resourceId", "outcome", "reason", "purpose", "detail"
        FROM "AccessLogEntry" WHERE "hash" IS NULL ORDER BY "seq" ASC LIMIT ${batch}`);
      if (pending.length === 0) return 0;
      const subjectIds = [...new Set(pending.map((row) => row.subjectId))];
      const stored = await tx.$queryRaw<{ subjectId: string; hash: string; count: number }[]>(
        sql`SELECT "subjectId", "hash", "count" FROM "AccessLogHead" WHERE "subjectId" IN (${joinSql(subjectIds)})`,
      );
      const heads = new Map(stored.map((head) => [head.subjectId, { ...head, stored: true }]));
      for (const row of pending) {
        const head = heads.get(row.subjectId) ?? { subjectId: row.subjectId, hash: GENESIS_HASH, count: 0, stored: false };
        const hash = entryHash(head.hash, row);
        await tx.$executeRaw(sql`
          UPDATE "AccessLogEntry" SET "prevHash" = ${head.hash}, "hash" = ${hash}, "chainIndex" = ${head.count + 1}, "sealedAt" = ${now}
          WHERE "seq" = ${row.seq}`);
        heads.set(row.subjectId, { ...head, hash, count: head.count + 1 });
      }
      for (const head of heads.values()) {
        if (head.stored) await tx.$executeRaw(sql`UPDATE "AccessLogHead" SET "hash" = ${head.hash}, "count" = ${head.count} WHERE "subjectId" = ${head.subjectId}`);
        else await tx.$executeRaw(sql`INSERT INTO "AccessLogHead" ("subjectId", "hash", "count") VALUES (${head.subjectId}, ${head.hash}, ${head.count})`);
      }
      return pending.length;
    },
    { maxWait: 10_000, timeout: 60_000 },
  );
}
