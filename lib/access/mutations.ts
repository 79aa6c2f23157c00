import "server-only";
import type { Tx } from "@/lib/db/client";
import { entryHash, GENESIS_HASH, type HashedFields } from "./log-hash";

/**
 * Appends one row to the subject's hash-chained access log inside the caller's transaction.
 *
 * The first statement updates the subject's chain head, which takes its row lock: concurrent appends
 * for the same subject queue there (PostgreSQL) or on the database write lock (SQLite), and each one
 * then reads the head its predecessor committed. Appends for different subjects do not wait on each
 * other. A race on the very first append of a subject fails on the primary key; the gate retries it.
 */
export async function appendAccessLog(tx: Tx, fields: HashedFields): Promise<string> {
  const locked = await tx.accessLogHead.updateMany({
    where: { subjectId: fields.subjectId },
    data: { count: { increment: 1 } },
  });
  let prevHash = GENESIS_HASH;
  if (locked.count === 1) {
    const head = await tx.accessLogHead.findUniqueOrThrow({ where: { subjectId: fields.subjectId } });
    prevHash = head.hash;
  }
  const hash = entryHash(prevHash, fields);
  if (locked.count === 1) {
    await tx.accessLogHead.update({ where: { subjectId: fields.subjectId }, data: { hash } });
  } else {
    await tx.accessLogHead.create({ data: { subjectId: fields.subjectId, hash, count: 1 } });
  }
  await tx.accessLogEntry.create({ data: { ...fields, prevHash, hash } });
  return hash;
}
