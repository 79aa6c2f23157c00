// When a server-side session stops being valid: ended, past its absolute lifetime, or idle too long.

export type SessionTimes = { endedAt: Date | null; expiresAt: Date; lastSeenAt: Date };
export type SessionVerdict = { valid: true; touch: boolean } | { valid: false; endReason: "IDLE" | "EXPIRED" | null };

/** Touching at most once a minute keeps the idle clock right without a write on every request. */
export const TOUCH_EVERY_MS = 60_000;

export function judgeSession(session: SessionTimes, now: Date, idleMinutes: number): SessionVerdict {
  if (session.endedAt) return { valid: false, endReason: null };
  if (now >= session.expiresAt) return { valid: false, endReason: "EXPIRED" };
  if (now.getTime() - session.lastSeenAt.getTime() > idleMinutes * 60_000) return { valid: false, endReason: "IDLE" };
  return { valid: true, touch: now.getTime() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS };
}
