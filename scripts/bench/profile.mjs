// `node scripts/bench/profile.mjs [page]`: one portal page under load on the small SQLite dataset, with the
// server's CPU profile written to bench-results/profile/ — for finding where a request's time goes.
// page: list | document | log | home (default list). Reports, never asserts.
import { mkdirSync, readdirSync } from "node:fs";
import path from "node:path";
import { loadDemoSecrets } from "../demo-secrets.mjs";
import { prepareDataset } from "./datasets.mjs";
import { measure } from "./load.mjs";
import { LONG_HISTORY, PAGES, pagesOf } from "./pages.mjs";
import { startPortal } from "./servers.mjs";
import { createSessions } from "./sessions.mjs";
import { readSettings } from "./settings.mjs";

const settings = readSettings();
const key = process.argv[2] ?? "list";
const index = PAGES.findIndex((page) => page.key === key);
if (index < 0) throw new Error(`pagina sconosciuta "${key}": ${PAGES.map((page) => page.key).join(", ")}`);
const profileDir = path.join(settings.results, "profile");
mkdirSync(profileDir, { recursive: true });
const secrets = await loadDemoSecrets(path.join(settings.results, "secrets"));
const dataset = await prepareDataset(settings, { engine: "sqlite", size: "small", secrets });
const server = await startPortal(settings, dataset, secrets, ["--cpu-prof", `--cpu-prof-dir=${profileDir}`]);
try {
  const [cookie] = await createSessions(dataset, [`bench-p${LONG_HISTORY}`], secrets.nextAuthSecret);
  const request = pagesOf(LONG_HISTORY, dataset.spec, cookie)[index];
  const result = await measure({ url: `http://127.0.0.1:${settings.ports.portal}`, requests: [request] }, { connections: settings.connections, seconds: settings.seconds, warmupSeconds: settings.warmupSeconds });
  console.log(JSON.stringify(result, null, 1));
} finally {
  await server.stop();
}
console.log(readdirSync(profileDir).map((name) => path.join(profileDir, name)).join("\n"));
