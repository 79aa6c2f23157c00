import "server-only";
import type { Db, Tx } from "./client";

/** Runs `work` in one interactive transaction; the access gate and its log row live inside it. */
export function inTransaction<T>(database: Db, work: (tx: Tx) => Promise<T>): Promise<T> {
  return database.$transaction(work, { maxWait: 10_000, timeout: 20_000 });
}
