import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { Prisma, PrismaClient as SqliteClient } from "./generated/sqlite/client.ts";
import { PrismaClient as PostgresClient } from "./generated/postgresql/client.ts";
import { env } from "@/lib/env";

// Both generated clients expose the same model API; the SQLite one's type stands for both.
export type Db = SqliteClient;
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/**
 * Parameterised SQL for the few reads the model API cannot say (counts of distinct rows, the latest event
 * of each person): values are bound, never spliced, and the text must run unchanged on both engines.
 */
export const sql = Prisma.sql;
export const joinSql = Prisma.join;
/** Only for SQL text the code itself writes (a column alias it numbers), never for a value. */
export const rawSql = Prisma.raw;
export type Sql = Prisma.Sql;

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

export function createDb(databaseUrl: string): Db {
  if (isPostgresUrl(databaseUrl)) {
    return new PostgresClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) }) as unknown as Db;
  }
  // WAL lets readers work while the access log is written; FULL makes every committed consent and
  // access-log row durable across a power loss; the busy timeout queues writers instead of failing them.
  const adapter = new PrismaBetterSQLite3({ url: databaseUrl.replace(/^file:/, ""), timeout: 10_000 });
  const client = new SqliteClient({ adapter });
  return client;
}

export async function applySqlitePragmas(db: Db, databaseUrl: string): Promise<void> {
  if (isPostgresUrl(databaseUrl)) return;
  await db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  await db.$executeRawUnsafe("PRAGMA synchronous = FULL");
}

const globalForDb = globalThis as unknown as { fascicoloDb?: Db; fascicoloDbReady?: Promise<void> };

/** The process-wide client; in development it survives hot reloads. */
export async function db(): Promise<Db> {
  const url = env().DATABASE_URL;
  if (!globalForDb.fascicoloDb) {
    globalForDb.fascicoloDb = createDb(url);
    globalForDb.fascicoloDbReady = applySqlitePragmas(globalForDb.fascicoloDb, url);
  }
  await globalForDb.fascicoloDbReady;
  return globalForDb.fascicoloDb;
}
