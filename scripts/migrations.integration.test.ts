import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { describe, expect, it } from "vitest";

// The checked-in migrations must build exactly the schema that prisma/schema.prisma describes, on
// each engine: a database built by the migrations is compared with one built straight from the schema.

const root = path.resolve(import.meta.dirname, "..");
const prismaCli = path.join(root, "node_modules", "prisma", "build", "index.js");

/** The SQL that builds the schema from nothing, as Prisma derives it from the schema file. */
function schemaSql(databaseUrl: string, schema: string): string {
  return execFileSync(process.execPath, [prismaCli, "migrate", "diff", "--from-empty", "--to-schema-datamodel", schema, "--script"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
}

function migrationSql(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => readFileSync(path.join(dir, name, "migration.sql"), "utf8"));
}

function sqliteShape(file: string) {
  const database = new Database(file, { readonly: true });
  const tables = database
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations' ORDER BY name")
    .all() as { name: string }[];
  const shape = tables.map(({ name }) => ({
    table: name,
    columns: database.prepare(`PRAGMA table_info("${name}")`).all(),
    // Partial indexes live in migrations only: Prisma's schema cannot express them.
    indexes: (database.prepare(`PRAGMA index_list("${name}")`).all() as { name: string; unique: number; partial: number }[])
      .filter((index) => index.partial === 0)
      .map((index) => ({ unique: index.unique, columns: (database.prepare(`PRAGMA index_info("${index.name}")`).all() as { name: string }[]).map((c) => c.name) }))
      .sort((a, b) => a.columns.join().localeCompare(b.columns.join())),
  }));
  database.close();
  return shape;
}

describe("migrations match the schema", () => {
  // One engine per run: npm test runs this file once on SQLite and once on PostgreSQL.
  const engine = process.env.TEST_PG_URL ? "PostgreSQL" : "SQLite";

  it(`on ${engine}`, async () => {
    if (process.env.TEST_PG_URL) await comparePostgres(process.env.TEST_PG_URL);
    else compareSqlite();
  });
});

function compareSqlite() {
    const dir = mkdtempSync(path.join(tmpdir(), "fascicolo-drift-"));
    const migrated = path.join(dir, "migrated.db");
    const database = new Database(migrated);
    for (const sql of migrationSql(path.join(root, "prisma", "migrations"))) database.exec(sql);
    database.close();
    const pushed = path.join(dir, "pushed.db");
    const direct = new Database(pushed);
    direct.exec(schemaSql(`file:${pushed}`, "prisma/schema.prisma"));
    direct.close();
    // The append-only triggers live in a migration only: they are engine-specific by design.
    expect(sqliteShape(migrated)).toEqual(sqliteShape(pushed));
}

async function comparePostgres(adminUrl: string) {
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    const suffix = Date.now().toString(36);
    await admin.query(`CREATE DATABASE drift_migrated_${suffix}`);
    await admin.query(`CREATE DATABASE drift_pushed_${suffix}`);
    await admin.end();
    const urlOf = (name: string) => adminUrl.replace(/\/[^/]*$/, `/${name}`);
    const migrated = new pg.Client({ connectionString: urlOf(`drift_migrated_${suffix}`) });
    await migrated.connect();
    for (const sql of migrationSql(path.join(root, "prisma", "postgresql", "migrations"))) await migrated.query(sql);
    const pushed = new pg.Client({ connectionString: urlOf(`drift_pushed_${suffix}`) });
    await pushed.connect();
    await pushed.query(schemaSql(urlOf(`drift_pushed_${suffix}`), "prisma/postgresql/schema.prisma"));
    const shape = async (client: pg.Client) => ({
      columns: (
        await client.query(
          "SELECT table_name, column_name, data_type, is_nullable, column_default FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations' ORDER BY table_name, column_name",
        )
      ).rows,
      indexes: (await client.query("SELECT tablename, indexdef FROM pg_indexes WHERE schemaname = 'public' AND indexdef NOT LIKE '% WHERE %' ORDER BY tablename, indexdef")).rows,
    });
    expect(await shape(migrated)).toEqual(await shape(pushed));
    await migrated.end();
    await pushed.end();
}
