import { TOUCH_EVERY_MS } from "./session-rules";

// The timing behind the warning shown before the inactivity logout (WCAG 2.2.1, Timing Adjustable): the
// person is told two minutes ahead and can extend the session with one button.

/** How long before the inactivity logout the warning appears. */
export const WARN_BEFORE_MS = 2 * 60_000;

export type IdlePhase = "active" | "warning" | "expired";

export function idlePhase(deadline: number, now: number, warnBeforeMs = WARN_BEFORE_MS): IdlePhase {
  if (now >= deadline) return "expired";
  return now >= deadline - warnBeforeMs ? "warning" : "active";
}

/** Milliseconds until the phase changes next (to the warning, then to the logout); null once expired. */
export function msUntilNextPhase(deadline: number, now: number, warnBeforeMs = WARN_BEFORE_MS): number | null {
  const phase = idlePhase(deadline, now, warnBeforeMs);
  if (phase === "expired") return null;
  return phase === "active" ? deadline - warnBeforeMs - now : deadline - now;
}

/**
 * The deadline after a request the server saw (a page, an action). The server refreshes the session's
 * last activity at most once a minute, so the session may be up to that much older than the request:
 * counting from the request minus that minute never promises time the server will not give.
 */
export function deadlineAfterRequest(now: number, idleMs: number): number {
  return now + idleMs - TOUCH_EVERY_MS;
}
