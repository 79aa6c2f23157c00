// Derives the PostgreSQL variant of the data model from prisma/schema.prisma, the single source.
// `node scripts/pg-schema.mjs` writes prisma/postgresql/schema.prisma;
// `node scripts/pg-schema.mjs --check` exits 1 when the checked-in variant has drifted.
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const sourcePath = path.join(root, "prisma", "schema.prisma");
const targetPath = path.join(root, "prisma", "postgresql", "schema.prisma");

export function derivePostgresSchema(source) {
  const header =
    "// GENERATED from prisma/schema.prisma by scripts/pg-schema.mjs: edit the source, then run npm run db:pg-schema.\n";
  return (
    header +
    source
      .replace(/provider\s*=\s*"sqlite"/, 'provider = "postgresql"')
      .replace(/url\s*=\s*"file:[^"]*"/, 'url      = env("DATABASE_URL")')
      .replace('output     = "../lib/db/generated/sqlite"', 'output     = "../../lib/db/generated/postgresql"')
      // SQLite's INTEGER primary key is already 64-bit; PostgreSQL's integer is not.
      .replace(/ Int( +@id @default\(autoincrement\(\)\) \/\/ 64-bit)/g, " BigInt$1")
  );
}

const expected = derivePostgresSchema(readFileSync(sourcePath, "utf8"));
if (process.argv.includes("--check")) {
  let actual = "";
  try {
    actual = readFileSync(targetPath, "utf8");
  } catch {}
  if (actual !== expected) {
    console.error("prisma/postgresql/schema.prisma is out of date: run `npm run db:pg-schema` and commit it.");
    process.exit(1);
  }
} else {
  mkdirSync(path.dirname(targetPath), { recursive: true });
  writeFileSync(targetPath, expected);
  console.log("wrote", path.relative(root, targetPath));
}
