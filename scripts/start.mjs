// `npm start`: migrate, seed the demo on first start, build when the sources changed, start the local
// SPID/CIE federation (trust anchor and providers) when no real provider is configured, and serve the portal.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { demoEnvironment } from "./demo-secrets.mjs";

const root = path.resolve(import.meta.dirname, "..");
const bin = (name) => path.join(root, "node_modules", ".bin", name);
const dataDir = path.resolve(root, process.env.DATA_DIR ?? "data");
const port = process.env.PORT ?? "3000";
const appUrl = process.env.NEXTAUTH_URL ?? `http://localhost:${port}`;
const demo = !process.env.OIDC_PROVIDERS;

if (demo && process.env.NODE_ENV === "production") {
  console.error("[fascicolo] NODE_ENV=production senza provider reali: configura OIDC_PROVIDERS e la federazione SPID/CIE; i provider di prova non partono in produzione.");
  process.exit(1);
}
mkdirSync(dataDir, { recursive: true });
const env = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: process.env.DATABASE_URL ?? `file:${path.join(dataDir, "fascicolo.db")}` };
let idpConfigPath;
if (demo) {
  const demoSetup = await demoEnvironment({ dataDir, appUrl, idpBasePort: Number(process.env.DEV_IDP_PORT ?? 4001) });
  idpConfigPath = demoSetup.idpConfigPath;
  for (const [key, value] of Object.entries(demoSetup.env)) env[key] ??= value;
  console.log("[fascicolo] modalità dimostrativa: provider SPID/CIE locali e dati di prova");
}

function run(label, command, args) {
  console.log(`[fascicolo] ${label}…`);
  const result = spawnSync(command, args, { cwd: root, env, stdio: "inherit" });
  if (result.status !== 0) {
    console.error(`[fascicolo] ${label}: non riuscito (codice ${result.status}).`);
    process.exit(result.status ?? 1);
  }
}

function newestSourceTime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    // Only what goes into the build counts: documentation and tests do not call for a rebuild.
    if (["node_modules", ".next", "data", ".git", "generated", "test-results", "bench-results", ".test-reports", "docs", "e2e"].includes(entry.name)) continue;
    if (entry.name.endsWith(".md") || entry.name.endsWith(".test.ts")) continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSourceTime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

run("controllo della configurazione", bin("tsx"), ["scripts/check-env.ts"]);
run("migrazioni del database", process.execPath, [path.join(root, "node_modules", "prisma", "build", "index.js"), "migrate", "deploy"]);
if (demo) run("dati dimostrativi", bin("tsx"), ["--conditions=react-server", "prisma/seed/run.ts"]);

const buildId = path.join(root, ".next", "BUILD_ID");
if (!existsSync(buildId) || newestSourceTime(root) > statSync(buildId).mtimeMs) run("compilazione del portale", bin("next"), ["build"]);

const children = [];
if (demo) children.push(spawn(bin("tsx"), ["dev/idp/server.ts", idpConfigPath], { cwd: root, env, stdio: "inherit" }));
children.push(spawn(bin("next"), ["start", "-p", port], { cwd: root, env, stdio: "inherit" }));
console.log(`[fascicolo] portale su ${appUrl}`);

function stopAll(code) {
  for (const child of children) child.kill("SIGTERM");
  process.exit(code);
}
for (const child of children) child.on("exit", (code) => stopAll(code ?? 1));
process.on("SIGINT", () => stopAll(0));
process.on("SIGTERM", () => stopAll(0));
