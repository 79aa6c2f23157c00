// Seeds the demo data on first start; does nothing when the database already has people.
import path from "node:path";
import { applySqlitePragmas, createDb } from "../../lib/db/client";
import { parseEnv } from "../../lib/env";
import { createBlobStore } from "../../lib/storage/blob-store";
import { seedDemo } from "./seed";

const env = parseEnv(process.env);
const database = createDb(env.DATABASE_URL);
await applySqlitePragmas(database, env.DATABASE_URL);
if ((await database.person.findFirst({ select: { id: true } })) === null) {
  const started = Date.now();
  const store = createBlobStore(path.join(env.DATA_DIR, "blobs"), env.STORAGE_KEY);
  await seedDemo(database, store, new Date(), (message) => console.log(`[seed] ${message} in ${((Date.now() - started) / 1000).toFixed(1)} s`));
} else {
  console.log("[seed] dati già presenti: nessuna modifica");
}
await database.$disconnect();
