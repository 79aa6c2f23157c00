// The servers under test: the portal (production build, `next start`) on one dataset, the minimal Next
// page (the ceiling for a server-rendered page), and a bare Node server (the ceiling for any server).
import { cpSync, existsSync, rmSync, symlinkSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { demoEnvironment } from "../demo-secrets.mjs";
import { run, startServer } from "./processes.mjs";

const bin = (root, name) => path.join(root, "node_modules", ".bin", name);

// The minimal page is built outside the project, so that the portal's proxy and start-up checks do not
// apply to it; Turbopack refuses a symlinked node_modules there, so this one is built with webpack.
const minimalDir = path.join(os.tmpdir(), "fascicolo-minimal-next");

export function minimalAppBuilt() {
  return existsSync(path.join(minimalDir, ".next", "BUILD_ID"));
}

export function buildMinimalApp({ root }) {
  rmSync(minimalDir, { recursive: true, force: true });
  cpSync(path.join(root, "scripts", "bench", "minimal-next"), minimalDir, { recursive: true });
  symlinkSync(path.join(root, "node_modules"), path.join(minimalDir, "node_modules"));
  run("compilazione della pagina Next minima", bin(root, "next"), ["build", "--webpack"], { cwd: minimalDir });
}

export function buildPortal({ root }) {
  run("compilazione del portale", bin(root, "next"), ["build"], { cwd: root });
}

export function startMinimalApp({ root, results, ports }) {
  return startServer(bin(root, "next"), ["start", "-H", "127.0.0.1", "-p", String(ports.minimal)], {
    cwd: minimalDir,
    env: { ...process.env, NODE_ENV: "production" },
    logFile: path.join(results, "minimal-next.log"),
    readyUrl: `http://127.0.0.1:${ports.minimal}/`,
  });
}

export function startBareServer({ root, results, ports }) {
  return startServer(process.execPath, [path.join(root, "scripts", "bench", "bare-server.mjs"), String(ports.bare)], {
    env: process.env,
    logFile: path.join(results, "bare-node.log"),
    readyUrl: `http://127.0.0.1:${ports.bare}/`,
  });
}

/**
 * The portal on `dataset`; its output goes to bench-results/portal-<engine>-<size>.log. Its settings are the
 * demo mode's, federation included, from the benchmark's own secrets (the local providers are not started:
 * sessions are inserted directly, sessions.mjs).
 */
export async function startPortal({ root, results, ports }, dataset, secrets, nodeFlags = []) {
  const origin = `http://127.0.0.1:${ports.portal}`;
  const demo = await demoEnvironment({ dataDir: path.join(results, "secrets"), appUrl: origin, idpBasePort: 4301 });
  const env = {
    ...process.env,
    ...demo.env,
    NODE_ENV: "production",
    DATA_DIR: dataset.dir,
    DATABASE_URL: dataset.databaseUrl,
    NEXTAUTH_SECRET: secrets.nextAuthSecret,
    STORAGE_KEY: secrets.storageKey,
  };
  const nextArgs = ["start", "-H", "127.0.0.1", "-p", String(ports.portal)];
  // Node refuses flags such as --cpu-prof in NODE_OPTIONS: they go on Node's own command line.
  const [command, args] = nodeFlags.length > 0 ? [process.execPath, [...nodeFlags, path.join(root, "node_modules", "next", "dist", "bin", "next"), ...nextArgs]] : [bin(root, "next"), nextArgs];
  return startServer(command, args, {
    cwd: root,
    env,
    logFile: path.join(results, `portal-${dataset.engine}-${dataset.size}.log`),
    readyUrl: `${origin}/accedi`,
  });
}
