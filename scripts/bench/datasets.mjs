// The benchmark's datasets, built once and kept in bench-results/ until their size, the migrations or
// the generator change. PostgreSQL datasets are kept as pg_dump archives and restored into the cluster.
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { run } from "./processes.mjs";
import { dumpDatabase, recreateDatabase, restoreDatabase } from "./postgres.mjs";

const GENERATOR = ["generate-dataset.ts", "dataset-sinks.ts"];

// The blobs are encrypted with the storage key: a new key means a new dataset.
function fingerprint(root, engine, spec, storageKey) {
  const hash = createHash("sha256").update(storageKey);
  const migrations = path.join(root, "prisma", ...(engine === "postgresql" ? ["postgresql"] : []), "migrations");
  for (const name of readdirSync(migrations).sort()) {
    const file = path.join(migrations, name, "migration.sql");
    if (existsSync(file)) hash.update(name).update(readFileSync(file));
  }
  for (const name of GENERATOR) hash.update(readFileSync(path.join(root, "scripts", "bench", name)));
  return JSON.stringify({ engine, ...spec, sources: hash.digest("hex") });
}

function generate(settings, options) {
  run(`dati ${options.engine}: ${options.patients} pazienti, ${options.documents} documenti`, path.join(settings.root, "node_modules", ".bin", "tsx"), [
    path.join(settings.root, "scripts", "bench", "generate-dataset.ts"),
    JSON.stringify(options),
  ]);
}

/** The dataset `size` ("small" | "large") for `engine`, ready to serve: its DATA_DIR and DATABASE_URL. */
export async function prepareDataset(settings, { engine, size, secrets, cluster }) {
  const spec = settings.datasets[size];
  const dir = path.join(settings.results, `${engine}-${size}`);
  const marker = path.join(dir, "dataset.json");
  const expected = fingerprint(settings.root, engine, spec, secrets.storageKey);
  const fresh = existsSync(marker) && readFileSync(marker, "utf8") === expected;
  const options = { engine, dir, patients: spec.patients, documents: spec.documents, bigPatientDocuments: spec.big, storageKey: secrets.storageKey };
  if (engine === "sqlite") {
    if (!fresh) generate(settings, options);
    writeFileSync(marker, expected);
    // Each run serves a fresh copy, as PostgreSQL serves a fresh restore: the rows a run appends (access
    // log, sessions) do not pile up into the next run's measurements.
    const served = path.join(dir, "served.db");
    for (const suffix of ["", "-wal", "-shm"]) rmSync(served + suffix, { force: true });
    copyFileSync(path.join(dir, "fascicolo.db"), served);
    return { engine, size, spec, dir, databaseUrl: `file:${served}` };
  }
  const name = `bench_${size}`;
  const archive = path.join(dir, "database.dump");
  await recreateDatabase(cluster, name);
  if (fresh && existsSync(archive)) {
    await restoreDatabase(cluster, name, archive);
  } else {
    generate(settings, { ...options, databaseUrl: cluster.urlOf(name) });
    dumpDatabase(cluster, name, archive);
    writeFileSync(marker, expected);
  }
  return { engine, size, spec, dir, databaseUrl: cluster.urlOf(name) };
}
