import "server-only";
import type { Db } from "@/lib/db/client";
import type { CheckpointSettings } from "@/lib/env";
import { checkpointDir, loadCheckpointKeys, readCheckpoints, writeCheckpoint } from "./checkpoint";
import { chainHeadsSealedBetween } from "./data";

// Writes the access log's signed checkpoint at the configured interval (default daily) from the portal's
// process, and once at start-up when the last one is older than that. A failure is reported loudly and
// retried at the next tick; it never touches a request.

const TICK_MS = 60_000;
const globalForCheckpoints = globalThis as unknown as { fascicoloCheckpoints?: boolean };

export async function checkpointIfDue(database: Db, settings: CheckpointSettings, now = new Date()): Promise<boolean> {
  const keys = await loadCheckpointKeys(settings);
  if (!keys?.signing) return false;
  const dir = checkpointDir(settings);
  const { checkpoints, problem } = await readCheckpoints(dir, keys);
  if (problem) throw new Error(problem);
  const last = checkpoints.at(-1);
  if (last && now.getTime() - new Date(last.issuedAt).getTime() < settings.AUDIT_CHECKPOINT_HOURS * 3_600_000) return false;
  return (await writeCheckpoint(dir, keys, (from, cut) => chainHeadsSealedBetween(database, from, cut), now)) !== null;
}

export function startCheckpoints(database: Db, settings: CheckpointSettings): void {
  if (globalForCheckpoints.fascicoloCheckpoints) return;
  globalForCheckpoints.fascicoloCheckpoints = true;
  const tick = () =>
    checkpointIfDue(database, settings).catch((error) => console.error("[access-log] checkpoint non scritto; nuovo tentativo tra un minuto", error));
  setInterval(tick, TICK_MS).unref();
  void tick();
}
