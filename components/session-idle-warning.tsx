import type { CurrentUser } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { IdleWarning } from "./idle-warning";

/** The inactivity warning for the logged-in person's session, timed from what the server last saw. */
export function SessionIdleWarning({ user }: { user: CurrentUser }) {
  return <IdleWarning expiresInMs={user.idleExpiresInMs} idleMs={env().SESSION_IDLE_MINUTES * 60_000} />;
}
