import "server-only";
import type { Db } from "@/lib/db/client";
import { SEAL_BATCH, sealPending } from "./mutations";

// Runs the sealer in the portal's process: soon after each gate commit (coalesced, so a burst of
// requests costs one pass) and on a slow timer for rows other processes committed. It never runs on a
// request's path; a failed pass is reported and retried on the next trigger.

const SOON_MS = 25;
const PERIOD_MS = 5_000;

type SealerState = { database: Db; timer: NodeJS.Timeout | null; running: boolean; again: boolean };
const globalForSealer = globalThis as unknown as { fascicoloSealer?: SealerState };

async function run(state: SealerState): Promise<void> {
  if (state.running) {
    state.again = true;
    return;
  }
  state.running = true;
  try {
    do {
      state.again = false;
      while ((await sealPending(state.database)) === SEAL_BATCH);
    } while (state.again);
  } catch (error) {
    console.error("[access-log] sealing failed; will retry", error);
  } finally {
    state.running = false;
  }
}

/** Starts sealing for this process (called once at server start-up); the gate then triggers passes. */
export function startSealer(database: Db): void {
  if (globalForSealer.fascicoloSealer) return;
  const state: SealerState = { database, timer: null, running: false, again: false };
  globalForSealer.fascicoloSealer = state;
  setInterval(() => void run(state), PERIOD_MS).unref();
  void run(state);
}

/** Called by the gate after each commit: schedules a pass if the sealer runs in this process. */
export function notifySealer(database: Db): void {
  const state = globalForSealer.fascicoloSealer;
  if (!state || state.database !== database || state.timer) return;
  state.timer = setTimeout(() => {
    state.timer = null;
    void run(state);
  }, SOON_MS);
  state.timer.unref();
}
