// Runs once when the server starts: a wrong or missing setting stops it with a clear message; then
// the access-log sealer starts chaining the rows the gate inserts, the checkpointer signing where
// the chains stand, and the sweep ending (and revoking at the OP) the sessions that lapsed unseen.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { env } = await import("./lib/env");
    const settings = env();
    const [{ db }, { startSealer }, { startCheckpoints }, { startSessionSweep }] = await Promise.all([
      import("./lib/db/client"),
      import("./lib/access/sealer"),
      import("./lib/access/checkpointer"),
      import("./lib/auth/session-end"),
    ]);
    const database = await db();
    startSealer(database);
    startCheckpoints(database, settings);
    startSessionSweep(database, settings.SESSION_IDLE_MINUTES);
  }
}
