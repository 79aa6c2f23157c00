// `npm run bench`: measures, in one run on this machine and on each engine, the portal's document list,
// a document page, the access log and the home page against the minimal Next page; the list's latency
// at 10,000 vs 1,000,000 documents; the regional monitoring page at 1,000,000; a long run at a fixed rate
// mixing those pages; and the time to validate each official CDA sample. Settings come from
// the environment (settings.mjs, README). Writes docs/bench/report.md. Reports, never asserts.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { loadDemoSecrets } from "../demo-secrets.mjs";
import { prepareDataset } from "./datasets.mjs";
import { makeDurable, startCluster } from "./postgres.mjs";
import { holdLock } from "./processes.mjs";
import { renderReport } from "./report.mjs";
import { readSettings } from "./settings.mjs";
import { buildMinimalApp, buildPortal, minimalAppBuilt, startBareServer, startMinimalApp, startPortal } from "./servers.mjs";
import { createSessions } from "./sessions.mjs";
import { measureMonitoring } from "./suite-monitoring.mjs";
import { measureListLatency } from "./suite-size.mjs";
import { measureSoak } from "./suite-soak.mjs";
import { measureCeiling, measurePages } from "./suite-throughput.mjs";
import { measureValidation } from "./suite-validation.mjs";

async function withServer(start, work) {
  const server = await start();
  try {
    return await work();
  } finally {
    await server.stop();
  }
}

async function withPortal(settings, dataset, secrets, work) {
  const portal = {
    origin: `http://127.0.0.1:${settings.ports.portal}`,
    dataset,
    sessions: (personIds) => createSessions(dataset, personIds, secrets.nextAuthSecret),
  };
  return withServer(() => startPortal(settings, dataset, secrets), () => work(portal));
}

async function benchEngine(settings, engine, datasets, secrets) {
  const bareOrigin = `http://127.0.0.1:${settings.ports.bare}`;
  const minimalOrigin = `http://127.0.0.1:${settings.ports.minimal}`;
  // Each ceiling runs alone, as the portal does: an idle server still takes memory and timers.
  const bare = await withServer(() => startBareServer(settings), () => measureCeiling(settings, "server Node nudo", bareOrigin));
  const minimal = await withServer(() => startMinimalApp(settings), () => measureCeiling(settings, "pagina Next minima", minimalOrigin));
  const large = await withPortal(settings, datasets.large, secrets, async (portal) => ({
    pages: await measurePages(settings, portal),
    large1: await measureListLatency(settings, portal, 1),
    monitoring: await measureMonitoring(settings, portal),
    soak: settings.soakEngines.includes(engine) ? await measureSoak(settings, portal) : null,
  }));
  const small = await withPortal(settings, datasets.small, secrets, async (portal) => ({
    small1: await measureListLatency(settings, portal, 1),
    smallN: await measureListLatency(settings, portal, settings.connections),
  }));
  return { ceilings: { bare, minimal }, pages: large.pages, size: { large1: large.large1, small1: small.small1, smallN: small.smallN }, monitoring: large.monitoring, soak: large.soak };
}

function sqliteVersion() {
  const database = new Database(":memory:");
  const { version } = database.prepare("SELECT sqlite_version() AS version").get();
  database.close();
  return version;
}

async function main() {
  const settings = readSettings();
  mkdirSync(settings.results, { recursive: true });
  const secrets = await loadDemoSecrets(path.join(settings.results, "secrets"));
  const started = new Date();
  const loadBefore = os.loadavg()[0].toFixed(2);
  const results = { startedAt: started.toISOString(), engines: {} };
  const datasets = {};
  const versions = {};
  let cluster = null;
  try {
    for (const engine of settings.engines) {
      if (engine === "postgresql") cluster = startCluster(settings);
      datasets[engine] = {};
      for (const size of ["small", "large"]) datasets[engine][size] = await prepareDataset(settings, { engine, size, secrets, cluster });
      versions[engine] = engine === "sqlite" ? sqliteVersion() : null;
    }
    if (cluster) versions.postgresql = (await makeDurable(cluster)).version.split(" ")[0];
    if (!settings.skipBuild || !minimalAppBuilt()) buildMinimalApp(settings);
    // The portal's build and servers use the shared .next directory: only under the build lock.
    const release = await holdLock(settings.buildLock);
    try {
      if (!settings.skipBuild) buildPortal(settings);
      for (const engine of settings.engines) {
        results.engines[engine] = { ...(await benchEngine(settings, engine, datasets[engine], secrets)), version: versions[engine], datasets: datasets[engine] };
      }
    } finally {
      await release();
    }
  } finally {
    cluster?.stop();
  }
  results.validation = measureValidation(settings);
  const packageOf = (name) => JSON.parse(readFileSync(path.join(settings.root, "node_modules", name, "package.json"), "utf8")).version;
  results.autocannon = packageOf("autocannon");
  results.minutes = (Date.now() - started.getTime()) / 60_000;
  results.machine = {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? "?",
    memoryGiB: (os.totalmem() / 2 ** 30).toFixed(0),
    node: process.version,
    loadBefore,
    loadAfter: os.loadavg()[0].toFixed(2),
  };
  writeFileSync(path.join(settings.results, "results.json"), JSON.stringify({ settings, results }, null, 2));
  const report = renderReport(settings, results);
  mkdirSync(path.join(settings.root, "docs", "bench"), { recursive: true });
  writeFileSync(path.join(settings.root, "docs", "bench", "report.md"), report);
  console.log(`\n${report}`);
  // Ingestion is measured in its own process, after the servers above have stopped (docs/bench/ingestion.md).
  execFileSync(process.execPath, [path.join(settings.root, "node_modules", "tsx", "dist", "cli.mjs"), "--conditions=react-server", path.join(settings.root, "scripts", "bench", "ingestion.ts")], { stdio: "inherit", cwd: settings.root });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
