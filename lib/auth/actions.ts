"use server";

import { cookies } from "next/headers";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { findSession } from "./data";
import { WARN_BEFORE_MS } from "./idle-warning";
import { touchSession } from "./mutations";
import { loginPageFor } from "./return-path";
import { currentUser } from "./session";
import { closeSession } from "./session-end";
import { sessionIdOf, sessionToken } from "./session-cookie";
import { judgeSession } from "./session-rules";

// The two answers to the inactivity warning. Both are POSTs (server actions) that re-check the session on
// the server; the page only ever learns how long the session has left, or where to log in again.

export type IdleOutcome = { remainingMs: number } | { closed: string };

/** "Stay logged in": extends a session that is still valid; one already over is not revived. */
export async function keepSessionAlive(path: string): Promise<IdleOutcome> {
  const user = await currentUser();
  if (!user) return { closed: loginPageFor(path, true) };
  await touchSession(await db(), user.sessionId, new Date());
  return { remainingMs: env().SESSION_IDLE_MINUTES * 60_000 };
}

/**
 * The warning ran out. Reads the session without touching it: if the person was active meanwhile in
 * another tab the session has time left and stays; otherwise it ends here as idle.
 */
export async function closeIdleSession(path: string): Promise<IdleOutcome> {
  const closed = { closed: loginPageFor(path, true) };
  const sid = await sessionIdOf(sessionToken(await cookies()), env().NEXTAUTH_SECRET);
  if (!sid) return closed;
  const database = await db();
  const row = await findSession(database, sid);
  if (!row) return closed;
  const now = new Date();
  const verdict = judgeSession(row, now, env().SESSION_IDLE_MINUTES);
  const remainingMs = row.lastSeenAt.getTime() + env().SESSION_IDLE_MINUTES * 60_000 - now.getTime();
  if (verdict.valid && remainingMs > WARN_BEFORE_MS) return { remainingMs };
  await closeSession(database, row, !verdict.valid && verdict.endReason === "EXPIRED" ? "EXPIRED" : "IDLE", now);
  return closed;
}
