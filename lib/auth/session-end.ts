import "server-only";
import type { Db } from "@/lib/db/client";
import { findLapsedSessions } from "./data";
import { endSession, type SessionEndReason } from "./mutations";
import { revocationMessage } from "./protocol-log";
import { logProtocolMessage } from "./protocol-record";
import { revokeAtProvider } from "./revocation";
import { openToken } from "./token-vault";

// However a session ends (logout, inactivity, absolute lifetime), the OP's access token is revoked and the
// revocation goes into the protocol log. Sessions that lapse while nobody comes back are ended by a sweep.

export type ClosingSession = {
  id: string;
  provider: string;
  revocationToken: string | null;
  person: { id: string; fiscalCode: string };
};

async function revokeAndRecord(session: ClosingSession, sealedToken: string, reason: SessionEndReason): Promise<void> {
  const token = openToken(sealedToken);
  const result = token ? await revokeAtProvider(session.provider, token) : { revoked: false, detail: "token conservato illeggibile" };
  if (!result.revoked) console.error(`[auth] revoca del token presso ${session.provider} non riuscita (${result.detail}); la sessione è chiusa comunque`);
  await logProtocolMessage(
    revocationMessage({ provider: session.provider, sessionId: session.id, personId: session.person.id, fiscalCode: session.person.fiscalCode, reason, revoked: result.revoked, result: result.detail }),
  );
}

/**
 * Ends the session here first (so that it is over whatever the OP answers, and revoked once), then
 * revokes its token. `defer` lets a page hand the revocation to after its response instead of waiting.
 */
export async function closeSession(
  database: Db,
  session: ClosingSession,
  reason: SessionEndReason,
  now: Date,
  defer?: (task: () => Promise<void>) => void,
): Promise<void> {
  const ended = await endSession(database, session.id, reason, now);
  if (!ended || !session.revocationToken) return;
  const sealed = session.revocationToken;
  const task = () => revokeAndRecord(session, sealed, reason);
  if (defer) defer(task);
  else await task();
}

const SWEEP_BATCH = 50;

/** Ends (and revokes) the sessions that lapsed with nobody coming back; returns how many it closed. */
export async function sweepLapsedSessions(database: Db, now: Date, idleMinutes: number): Promise<number> {
  const lapsed = await findLapsedSessions(database, now, idleMinutes, SWEEP_BATCH);
  for (const session of lapsed) await closeSession(database, session, session.expiresAt <= now ? "EXPIRED" : "IDLE", now);
  return lapsed.length;
}

const SWEEP_EVERY_MS = 5 * 60_000;
const globalForSweep = globalThis as unknown as { fascicoloSessionSweep?: boolean };

/** Runs the sweep in the portal's process (started once at server start-up); a failed pass is retried on the next. */
export function startSessionSweep(database: Db, idleMinutes: number): void {
  if (globalForSweep.fascicoloSessionSweep) return;
  globalForSweep.fascicoloSessionSweep = true;
  let running = false;
  const pass = async () => {
    if (running) return;
    running = true;
    try {
      while ((await sweepLapsedSessions(database, new Date(), idleMinutes)) === SWEEP_BATCH);
    } catch (error) {
      console.error("[auth] chiusura delle sessioni scadute non riuscita; riprovo più tardi", error);
    } finally {
      running = false;
    }
  };
  setInterval(() => void pass(), SWEEP_EVERY_MS).unref();
  void pass();
}
