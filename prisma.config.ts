import path from "node:path";
import { defineConfig } from "prisma/config";

// The CLI runs on the WebAssembly engine through a driver adapter: native engines cannot be downloaded here.
const databaseUrl = process.env.DATABASE_URL ?? "file:./data/fascicolo.db";
const isPostgres = databaseUrl.startsWith("postgres");

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: isPostgres ? path.join("prisma", "postgresql", "schema.prisma") : path.join("prisma", "schema.prisma"),
  migrations: {
    path: isPostgres ? path.join("prisma", "postgresql", "migrations") : path.join("prisma", "migrations"),
  },
  async adapter() {
    if (isPostgres) {
      const { PrismaPg } = await import("@prisma/adapter-pg");
      return new PrismaPg({ connectionString: databaseUrl });
    }
    const { PrismaBetterSQLite3 } = await import("@prisma/adapter-better-sqlite3");
    return new PrismaBetterSQLite3({ url: databaseUrl });
  },
});
