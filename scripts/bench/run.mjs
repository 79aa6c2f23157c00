// `npm run bench`: measures, in one run on this machine, the portal's authenticated document list against
// the ceiling of the same machine (a bare Node HTTP server and a minimal dynamic Next.js page), and the
// list's latency at 10,000 vs 1,000,000 documents. Writes docs/bench/report.md. Reports, never asserts.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { encode } from "next-auth/jwt";
import { loadDemoSecrets, demoOps } from "../demo-secrets.mjs";
import { load } from "./load.mjs";

const root = path.resolve(import.meta.dirname, "..", "..");
const bin = (name) => path.join(root, "node_modules", ".bin", name);
const results = path.join(root, "bench-results");
const DURATION = Number(process.env.BENCH_SECONDS ?? 10) * 1000;
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 8);
const DATASETS = {
  small: { patients: 1_000, documents: 10_000, big: 2_000 },
  large: { patients: Number(process.env.BENCH_PATIENTS ?? 100_000), documents: Number(process.env.BENCH_DOCUMENTS ?? 1_000_000), big: 2_000 },
};

// The minimal page is built outside the project, so that the portal's proxy and start-up checks do not
// apply to it; Turbopack refuses a symlinked node_modules there, so this one is built with webpack.
const minimalDir = path.join(os.tmpdir(), "fascicolo-minimal-next");

function prepareMinimalApp() {
  rmSync(minimalDir, { recursive: true, force: true });
  cpSync(path.join(root, "scripts", "bench", "minimal-next"), minimalDir, { recursive: true });
  symlinkSync(path.join(root, "node_modules"), path.join(minimalDir, "node_modules"));
}

function sh(label, command, args, env = {}, cwd = root) {
  console.log(`[bench] ${label}…`);
  const result = spawnSync(command, args, { cwd, stdio: "inherit", env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`${label} failed`);
}

async function waitFor(url, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ok = await new Promise((resolve) => http.get(url, (response) => (response.resume(), resolve(response.statusCode < 500))).on("error", () => resolve(false)));
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`${url} did not start`);
}

function stop(child) {
  return new Promise((resolve) => {
    child.once("exit", resolve);
    child.kill("SIGTERM");
  });
}

async function dataset(name) {
  const spec = DATASETS[name];
  const dir = path.join(results, name);
  const marker = path.join(dir, "dataset.json");
  const secrets = await loadDemoSecrets(path.join(results, "secrets"));
  // A dataset is reused only when it was built with the same size and the same migrations.
  const fingerprint = JSON.stringify({ ...spec, migrations: readdirSync(path.join(root, "prisma", "migrations")).sort() });
  if (!existsSync(marker) || readFileSync(marker, "utf8") !== fingerprint) {
    const started = Date.now();
    sh(`dataset ${name}: ${spec.patients} pazienti, ${spec.documents} documenti`, bin("tsx"), [
      "scripts/bench/generate-dataset.ts", dir, String(spec.patients), String(spec.documents), String(spec.big), secrets.storageKey,
    ]);
    console.log(`[bench] dataset ${name} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    writeFileSync(marker, fingerprint);
  }
  return { dir, secrets, spec };
}

async function sessionCookie(dir, personId, secret) {
  const database = new Database(path.join(dir, "fascicolo.db"));
  const id = randomBytes(32).toString("base64url");
  const now = new Date();
  const iso = (date) => date.toISOString().replace("Z", "+00:00");
  database
    .prepare("INSERT INTO Session (id, personId, provider, acr, createdAt, lastSeenAt, expiresAt) VALUES (?, ?, 'spid-test', 'https://www.spid.gov.it/SpidL2', ?, ?, ?)")
    .run(id, personId, iso(now), iso(now), iso(new Date(now.getTime() + 8 * 3_600_000)));
  database.close();
  return `next-auth.session-token=${await encode({ token: { sid: id }, secret })}`;
}

async function withPortal({ dir, secrets }, port, work) {
  const env = {
    ...process.env,
    NODE_ENV: "production",
    FASCICOLO_DEMO: "1",
    DATA_DIR: dir,
    DATABASE_URL: `file:${path.join(dir, "fascicolo.db")}`,
    NEXTAUTH_URL: `http://localhost:${port}`,
    NEXTAUTH_SECRET: secrets.nextAuthSecret,
    STORAGE_KEY: secrets.storageKey,
    RP_PRIVATE_JWKS: JSON.stringify(secrets.rpPrivateJwks),
    OIDC_PROVIDERS: JSON.stringify(demoOps(4301).map(({ id, kind, name, issuer }) => ({ id, kind, name, issuer }))),
  };
  const child = spawn(bin("next"), ["start", "-p", String(port)], { cwd: root, env, stdio: "ignore" });
  try {
    await waitFor(`http://localhost:${port}/accedi`);
    return await work(env);
  } finally {
    await stop(child);
  }
}

const ms = (value) => value.toFixed(1);
const row = (name, r) => `| ${name} | ${r.rps.toFixed(0)} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${r.errors} |`;

async function main() {
  mkdirSync(results, { recursive: true });
  if (!process.env.BENCH_SKIP_BUILD) {
    sh("compilazione del portale", bin("next"), ["build"]);
    prepareMinimalApp();
    sh("compilazione della pagina Next minima", bin("next"), ["build", "--webpack"], {}, minimalDir);
  }
  const small = await dataset("small");
  const large = await dataset("large");

  const bare = http.createServer((_request, response) => {
    response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    response.end("<!doctype html><p>ok</p>");
  });
  await new Promise((resolve) => bare.listen(3201, "127.0.0.1", resolve));
  const minimal = spawn(bin("next"), ["start", "-p", "3202"], { cwd: minimalDir, stdio: "ignore", env: { ...process.env, NODE_ENV: "production" } });
  await waitFor("http://localhost:3202/");

  const options = { connections: CONNECTIONS, durationMs: DURATION };
  console.log("[bench] server Node nudo…");
  const bareResult = await load("http://127.0.0.1:3201/", options);
  console.log("[bench] pagina Next minima…");
  const minimalResult = await load("http://localhost:3202/", options);
  await stop(minimal);
  bare.close();

  const throughput = await withPortal(large, 3200, async (env) => {
    const typical = await sessionCookie(large.dir, "bench-p1", env.NEXTAUTH_SECRET);
    const longHistory = await sessionCookie(large.dir, "bench-p0", env.NEXTAUTH_SECRET);
    console.log("[bench] elenco documenti, paziente tipico (1M documenti)…");
    const listTypical = await load("http://localhost:3200/documenti", { ...options, headers: { cookie: typical } });
    console.log("[bench] elenco documenti, paziente con 2.000 documenti (1M documenti)…");
    const listLong = await load("http://localhost:3200/documenti", { ...options, headers: { cookie: longHistory } });
    console.log("[bench] latenza a 1 connessione, 1M documenti…");
    const latencyLarge = await load("http://localhost:3200/documenti", { connections: 1, durationMs: DURATION, headers: { cookie: longHistory } });
    return { listTypical, listLong, latencyLarge };
  });
  const latencySmall = await withPortal(small, 3200, async (env) => {
    const longHistory = await sessionCookie(small.dir, "bench-p0", env.NEXTAUTH_SECRET);
    console.log("[bench] latenza a 1 connessione, 10.000 documenti…");
    return load("http://localhost:3200/documenti", { connections: 1, durationMs: DURATION, headers: { cookie: longHistory } });
  });

  const report = `# Benchmark

Run: ${new Date().toISOString()} · ${os.cpus().length} CPU (${os.cpus()[0]?.model ?? "?"}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB · Node ${process.version}
Load: ${CONNECTIONS} keep-alive connections for ${DURATION / 1000} s after a 2 s warm-up, from the same machine (the load generator shares the 2 cores).
Portal: production build, SQLite (WAL, synchronous=FULL), authenticated session checked against the database on every request,
every list view passing the access gate and writing its hash-chained access-log row.

## Throughput and latency (ms)

| target | req/s | p50 | p95 | p99 | errors |
|---|---|---|---|---|---|
${row("bare Node HTTP server", bareResult)}
${row("minimal dynamic Next.js page", minimalResult)}
${row(`/documenti, typical patient (${large.spec.documents.toLocaleString("en")} documents in the database)`, throughput.listTypical)}
${row(`/documenti, patient with ${large.spec.big.toLocaleString("en")} documents`, throughput.listLong)}

Ratios: portal list (typical) / minimal Next page = ${(throughput.listTypical.rps / minimalResult.rps).toFixed(2)} of the throughput;
minimal Next page / bare Node = ${(minimalResult.rps / bareResult.rps).toFixed(2)}.

## Document-list latency vs database size (one connection, patient with ${large.spec.big.toLocaleString("en")} documents)

| documents in the database | req/s | p50 | p95 | p99 |
|---|---|---|---|---|
| ${small.spec.documents.toLocaleString("en")} | ${latencySmall.rps.toFixed(0)} | ${ms(latencySmall.p50)} | ${ms(latencySmall.p95)} | ${ms(latencySmall.p99)} |
| ${large.spec.documents.toLocaleString("en")} | ${throughput.latencyLarge.rps.toFixed(0)} | ${ms(throughput.latencyLarge.p50)} | ${ms(throughput.latencyLarge.p95)} | ${ms(throughput.latencyLarge.p99)} |

p50 ratio (1M / 10k): ${(throughput.latencyLarge.p50 / latencySmall.p50).toFixed(2)}.
`;
  mkdirSync(path.join(root, "docs", "bench"), { recursive: true });
  writeFileSync(path.join(root, "docs", "bench", "report.md"), report);
  console.log("\n" + report);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
