import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { createDb, type Db } from "@/lib/db/client";

// A fresh, migrated database for one test file: SQLite by default, PostgreSQL when TEST_PG_URL is set
// (npm test runs the integration suite once on each engine).

const root = path.resolve(import.meta.dirname, "..", "..");

function migrationFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => path.join(dir, entry.name, "migration.sql"))
    .sort();
}

export type TestDatabase = { db: Db; url: string; engine: "sqlite" | "postgresql"; close: () => Promise<void> };

export async function createTestDatabase(): Promise<TestDatabase> {
  const adminUrl = process.env.TEST_PG_URL;
  if (adminUrl) {
    const name = `t_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = adminUrl.replace(/\/[^/]*$/, `/${name}`);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    for (const file of migrationFiles(path.join(root, "prisma", "postgresql", "migrations"))) {
      await client.query(readFileSync(file, "utf8"));
    }
    await client.end();
    const db = createDb(url);
    return { db, url, engine: "postgresql", close: () => db.$disconnect() };
  }
  const file = path.join(mkdtempSync(path.join(tmpdir(), "fascicolo-test-")), "test.db");
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  for (const migration of migrationFiles(path.join(root, "prisma", "migrations"))) sqlite.exec(readFileSync(migration, "utf8"));
  sqlite.close();
  const url = `file:${file}`;
  const db = createDb(url);
  return { db, url, engine: "sqlite", close: () => db.$disconnect() };
}
