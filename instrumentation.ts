// Runs once when the server starts: a wrong or missing setting stops it with a clear message; then
// the access-log sealer starts chaining the rows the gate inserts.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { env } = await import("./lib/env");
    env();
    const [{ db }, { startSealer }] = await Promise.all([import("./lib/db/client"), import("./lib/access/sealer")]);
    startSealer(await db());
  }
}
