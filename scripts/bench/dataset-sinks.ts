// Where the generated rows go: an SQLite file written directly with better-sqlite3, or a PostgreSQL
// database filled with one multi-row INSERT per batch (one array per column, unnested by the server).
// Each applies the project's own migrations first, so the schema is exactly the portal's.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";

export type Engine = "sqlite" | "postgresql";
export type ColumnType = "text" | "int" | "timestamp" | "bool";
export type Table = { name: string; columns: [name: string, type: ColumnType][] };
export type Sink = { insert(table: Table, rows: unknown[][]): Promise<void>; finish(): Promise<void> };

const root = path.resolve(import.meta.dirname, "..", "..");

export function migrationFiles(engine: Engine): string[] {
  const dir = path.join(root, "prisma", ...(engine === "postgresql" ? ["postgresql"] : []), "migrations");
  return readdirSync(dir)
    .filter((entry) => !entry.endsWith(".toml"))
    .sort()
    .map((name) => path.join(dir, name, "migration.sql"));
}

export async function openSink(engine: Engine, target: { file: string; databaseUrl?: string }): Promise<Sink> {
  return engine === "sqlite" ? sqliteSink(target.file) : postgresqlSink(target.databaseUrl!);
}

// Timestamps as the portal's SQLite adapter writes them; booleans as its 0 and 1.
const sqliteValue = (value: unknown) => (value instanceof Date ? value.toISOString().replace("Z", "+00:00") : typeof value === "boolean" ? Number(value) : value);

function sqliteSink(file: string): Sink {
  const database = new Database(file);
  database.pragma("journal_mode = WAL");
  database.pragma("synchronous = OFF"); // generation only; the portal runs with FULL
  for (const migration of migrationFiles("sqlite")) database.exec(readFileSync(migration, "utf8"));
  const statements = new Map<string, Database.Statement>();
  database.exec("BEGIN");
  return {
    async insert(table, rows) {
      let statement = statements.get(table.name);
      if (!statement) {
        const names = table.columns.map(([name]) => `"${name}"`).join(", ");
        statement = database.prepare(`INSERT INTO "${table.name}" (${names}) VALUES (${table.columns.map(() => "?").join(", ")})`);
        statements.set(table.name, statement);
      }
      for (const row of rows) statement.run(...row.map(sqliteValue));
    },
    async finish() {
      database.exec("COMMIT");
      database.pragma("wal_checkpoint(TRUNCATE)");
      database.exec("ANALYZE");
      database.close();
    },
  };
}

const PG_TYPES: Record<ColumnType, string> = { text: "text[]", int: "int[]", timestamp: "timestamp(3)[]", bool: "boolean[]" };
// Timestamps without time zone hold UTC, as Prisma writes them.
const pgValue = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 23) : value);

async function postgresqlSink(databaseUrl: string): Promise<Sink> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  for (const migration of migrationFiles("postgresql")) await client.query(readFileSync(migration, "utf8"));
  // Bulk load only: foreign keys and triggers are skipped, the rows being generated consistent, and the
  // secondary indexes are built once at the end rather than row by row.
  await client.query("SET session_replication_role = replica");
  const { rows: indexes } = await client.query<{ name: string; definition: string }>(
    `SELECT indexname AS name, indexdef AS definition FROM pg_indexes i WHERE schemaname = 'public'
       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`,
  );
  for (const index of indexes) await client.query(`DROP INDEX "${index.name}"`);
  await client.query("BEGIN");
  return {
    async insert(table, rows) {
      const names = table.columns.map(([name]) => `"${name}"`).join(", ");
      const arrays = table.columns.map((_, index) => rows.map((row) => pgValue(row[index])));
      const unnest = table.columns.map(([, type], index) => `$${index + 1}::${PG_TYPES[type]}`).join(", ");
      await client.query(`INSERT INTO "${table.name}" (${names}) SELECT * FROM unnest(${unnest})`, arrays);
    },
    async finish() {
      await client.query("COMMIT");
      await client.query("SET maintenance_work_mem = '256MB'");
      for (const index of indexes) await client.query(index.definition);
      await client.query("SET session_replication_role = origin");
      await client.query("VACUUM ANALYZE");
      await client.end();
    },
  };
}
