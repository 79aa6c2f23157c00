// Runs once when the server starts: a wrong or missing setting stops it with a clear message.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { env } = await import("./lib/env");
    env();
  }
}
