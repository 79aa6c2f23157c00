// The benchmark's PostgreSQL: a throwaway cluster from scripts/pg-throwaway.sh in the benchmark's own
// directory and port, one database per dataset, and datasets kept between runs as pg_dump archives.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { run } from "./processes.mjs";

const pgBin = () => {
  const versions = readdirSync("/usr/lib/postgresql").sort((a, b) => Number(a) - Number(b));
  return (name) => path.join("/usr/lib/postgresql", versions.at(-1), "bin", name);
};

export function startCluster({ root, pg: { dir, port } }) {
  const env = { ...process.env, FASCICOLO_PG_DIR: dir, FASCICOLO_PG_PORT: String(port) };
  console.log(`[bench] cluster PostgreSQL in ${dir}, porta ${port}…`);
  const started = spawnSync("bash", [path.join(root, "scripts", "pg-throwaway.sh"), "start"], { env, encoding: "utf8" });
  if (started.status !== 0) throw new Error(`PostgreSQL non avviato: ${started.stderr}`);
  const base = `postgresql://postgres@127.0.0.1:${port}`;
  return {
    urlOf: (database) => `${base}/${database}`,
    async sql(text, database = "postgres") {
      const client = new pg.Client({ connectionString: `${base}/${database}` });
      await client.connect();
      try {
        return await client.query(text);
      } finally {
        await client.end();
      }
    },
    stop() {
      spawnSync("bash", [path.join(root, "scripts", "pg-throwaway.sh"), "stop"], { env, stdio: "inherit" });
    },
  };
}

export async function recreateDatabase(cluster, name) {
  await cluster.sql(`DROP DATABASE IF EXISTS "${name}"`);
  await cluster.sql(`CREATE DATABASE "${name}"`);
}

export function dumpDatabase(cluster, name, file) {
  run(`archivio ${name}`, pgBin()("pg_dump"), ["--format=custom", "--compress=1", `--file=${file}`, cluster.urlOf(name)]);
}

export async function restoreDatabase(cluster, name, file) {
  run(`ripristino ${name}`, pgBin()("pg_restore"), ["--jobs=2", "--no-owner", `--dbname=${cluster.urlOf(name)}`, file]);
  // An archive holds no planner statistics nor visibility map: rebuilt as the generator leaves them.
  await cluster.sql("VACUUM ANALYZE", name);
}

/**
 * The throwaway cluster starts with fsync off, which suits loading; measurements run with every commit
 * flushed to disk, as in production and as SQLite does with synchronous=FULL.
 */
export async function makeDurable(cluster) {
  await cluster.sql("ALTER SYSTEM SET fsync = on");
  await cluster.sql("ALTER SYSTEM SET synchronous_commit = on");
  await cluster.sql("SELECT pg_reload_conf()");
  const { rows } = await cluster.sql("SELECT current_setting('fsync') AS fsync, current_setting('shared_buffers') AS shared_buffers, current_setting('server_version') AS version");
  return rows[0];
}
