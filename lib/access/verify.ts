import type { Db } from "@/lib/db/client";
import { CheckpointCheck, type Checkpoint } from "./checkpoint";
import { logHeadsAndPending, sealedLogEntries } from "./data";
import { ChainVerifier, type ChainProblem } from "./log-hash";

export type LogVerification = { problem: ChainProblem | null; checked: number; chains: number; pending: number; oldestPendingAt: Date | null };

/**
 * Recomputes every chain in one pass over the sealed rows and holds them against the signed checkpoints:
 * a row changed or removed behind the triggers breaks its chain; a history rewritten with fresh hashes
 * no longer matches a checkpoint.
 */
export async function verifyAccessLog(database: Db, checkpoints: Checkpoint[]): Promise<LogVerification> {
  const chains = new ChainVerifier();
  const signed = new CheckpointCheck(checkpoints);
  let problem: ChainProblem | null = null;
  for await (const entry of sealedLogEntries(database)) {
    problem = chains.push(entry) ?? signed.push(entry);
    if (problem) break;
  }
  const { heads, pending, oldestPendingAt } = await logHeadsAndPending(database);
  problem ??= chains.end(heads) ?? signed.end();
  return { problem, checked: chains.checked, chains: heads.length, pending, oldestPendingAt };
}
