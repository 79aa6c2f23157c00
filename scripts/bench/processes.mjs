// Child processes of the benchmark: one-off commands, long-running servers, and the shared build lock.
import { spawn, spawnSync } from "node:child_process";
import { createWriteStream } from "node:fs";
import { once } from "node:events";

export function run(label, command, args, { env = {}, cwd } = {}) {
  console.log(`[bench] ${label}…`);
  const result = spawnSync(command, args, { cwd, stdio: "inherit", env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`${label}: non riuscito (codice ${result.status})`);
}

/** Starts a server whose output goes to `logFile`, and waits until `readyUrl` answers. */
export async function startServer(command, args, { env, cwd, logFile, readyUrl }) {
  const log = createWriteStream(logFile, { flags: "a" });
  const child = spawn(command, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const exited = once(child, "exit");
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${command} terminato subito (codice ${child.exitCode}), vedi ${logFile}`);
    const ok = await fetch(readyUrl, { redirect: "manual" }).then((response) => response.status < 500, () => false);
    if (ok) return { stop: async () => (child.exitCode === null && child.kill("SIGTERM"), await exited) };
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  child.kill("SIGTERM");
  throw new Error(`${readyUrl} non risponde, vedi ${logFile}`);
}

/**
 * Holds the lock that every `next build`/`next start` on the shared .next takes (see the project's
 * working rules), until `release` is called. The lock lives in a `flock` child that exits when its
 * stdin closes, so it is released even if the benchmark crashes.
 */
export async function holdLock(file) {
  console.log(`[bench] attesa del lock ${file}…`);
  const child = spawn("flock", [file, "sh", "-c", "echo locked; exec cat >/dev/null"], { stdio: ["pipe", "pipe", "inherit"] });
  const exited = once(child, "exit");
  await new Promise((resolve, reject) => {
    child.stdout.on("data", (chunk) => chunk.toString().includes("locked") && resolve());
    child.once("exit", (code) => reject(new Error(`flock terminato (codice ${code})`)));
  });
  return async () => {
    child.stdin.end();
    await exited;
  };
}
