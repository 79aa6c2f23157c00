// `npm run audit:checkpoint`: writes a signed checkpoint of the access log now (the portal also writes
// one at the AUDIT_CHECKPOINT_HOURS interval). Copy the directory to a store the database's
// administrators cannot write. Exit code 0: written (or nothing new to record); 2: could not write.
import { applySqlitePragmas, createDb } from "../lib/db/client";
import { checkpointDir, loadCheckpointKeys, writeCheckpoint } from "../lib/access/checkpoint";
import { chainHeadsSealedBetween } from "../lib/access/data";
import { checkpointSettingsOf, databaseUrlOf } from "../lib/env";

const databaseUrl = databaseUrlOf(process.env);
const settings = checkpointSettingsOf(process.env);
const keys = await loadCheckpointKeys(settings);
if (!keys?.signing) {
  console.error("[audit] manca AUDIT_CHECKPOINT_KEY (chiave privata JWK, EC P-256): nessun checkpoint scritto");
  process.exit(2);
}
const database = createDb(databaseUrl);
try {
  await applySqlitePragmas(database, databaseUrl);
  const written = await writeCheckpoint(checkpointDir(settings), keys, (from, cut) => chainHeadsSealedBetween(database, from, cut));
  console.log(
    written
      ? `[audit] checkpoint ${written.sequence} scritto: ${written.heads.length} catene fino al ${written.cut}`
      : "[audit] nessun checkpoint nuovo: l'ultimo è di meno di un minuto fa",
  );
} catch (error) {
  console.error(`[audit] checkpoint non scritto: ${(error as Error).message}`);
  process.exit(2);
} finally {
  await database.$disconnect();
}
