// Runs after `npm ci`: generates both Prisma clients (one per engine) and serves the pdf.js worker locally.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const prismaCli = path.join(root, "node_modules", "prisma", "build", "index.js");
// prisma.config.ts picks the schema and the CLI's adapter from DATABASE_URL; no connection is opened here.
for (const databaseUrl of ["file:./data/fascicolo.db", "postgresql://generate@127.0.0.1:1/generate"]) {
  execFileSync(process.execPath, [prismaCli, "generate"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: databaseUrl },
  });
}

const require = createRequire(import.meta.url);
const workerSource = path.join(path.dirname(require.resolve("pdfjs-dist/package.json")), "build", "pdf.worker.min.mjs");
mkdirSync(path.join(root, "public"), { recursive: true });
copyFileSync(workerSource, path.join(root, "public", "pdf.worker.min.mjs"));
