// The benchmark's settings, all from the environment, with the defaults the goals are set for:
//   BENCH_ONLY=sqlite|postgresql      one engine (default both)
//   BENCH_CONNECTIONS (20)            concurrent keep-alive connections
//   BENCH_SECONDS (20), BENCH_WARMUP_SECONDS (5)   per target, after its warm-up
//   BENCH_SOAK_SECONDS (600), BENCH_SOAK_RATE (100 requests/s), BENCH_SOAK=both|sqlite|postgresql|none
//   BENCH_DOCUMENTS (1000000), BENCH_PATIENTS (documents / 10)   the large dataset; the small one is 10,000
//   BENCH_SKIP_BUILD=1                serve the existing builds
//   BENCH_PG_DIR, BENCH_PG_PORT       the benchmark's own PostgreSQL cluster
import os from "node:os";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..", "..");
const ENGINES = ["sqlite", "postgresql"];

function number(name, fallback) {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name}: atteso un numero positivo, trovato "${raw}"`);
  return value;
}

function engines(name, fallback, extra = []) {
  const raw = process.env[name] ?? fallback;
  if (raw === "both") return ENGINES;
  if (raw === "none" && extra.includes("none")) return [];
  if (!ENGINES.includes(raw)) throw new Error(`${name}: atteso ${[...ENGINES, "both", ...extra].join(", ")}, trovato "${raw}"`);
  return [raw];
}

export function readSettings() {
  const documents = number("BENCH_DOCUMENTS", 1_000_000);
  const only = engines("BENCH_ONLY", "both");
  return {
    root,
    results: path.join(root, "bench-results"),
    connections: number("BENCH_CONNECTIONS", 20),
    seconds: number("BENCH_SECONDS", 20),
    warmupSeconds: number("BENCH_WARMUP_SECONDS", 5),
    soakSeconds: number("BENCH_SOAK_SECONDS", 600),
    soakRate: number("BENCH_SOAK_RATE", 100),
    engines: only,
    soakEngines: engines("BENCH_SOAK", "both", ["none"]).filter((engine) => only.includes(engine)),
    datasets: {
      small: { patients: 1_000, documents: 10_000, big: 2_000 },
      large: { patients: number("BENCH_PATIENTS", Math.round(documents / 10)), documents, big: 2_000 },
    },
    skipBuild: process.env.BENCH_SKIP_BUILD === "1",
    // The benchmark's own throwaway PostgreSQL cluster: never the tests' or CI's directory and port.
    pg: { dir: process.env.BENCH_PG_DIR ?? path.join(os.tmpdir(), "fascicolo-bench-pg"), port: number("BENCH_PG_PORT", 54339) },
    buildLock: "/tmp/fascicolo-next.lock",
    ports: { portal: 3200, bare: 3201, minimal: 3202 },
  };
}
