// `npm run audit:verify`: recomputes every access-log chain from the database named by DATABASE_URL
// (as the portal reads it), holds it against the signed checkpoints (AUDIT_CHECKPOINT_DIR, verified with
// AUDIT_CHECKPOINT_PUBLIC_KEY or the portal's key) and names the first row that breaks one.
// Exit code 0: intact; 1: broken or rewritten; 2: the log or the checkpoints could not be read.
import { applySqlitePragmas, createDb } from "../lib/db/client";
import { checkpointDir, loadCheckpointKeys, readCheckpoints, type Checkpoint } from "../lib/access/checkpoint";
import { verifyAccessLog } from "../lib/access/verify";
import { checkpointSettingsOf, databaseUrlOf } from "../lib/env";

const databaseUrl = databaseUrlOf(process.env);
const settings = checkpointSettingsOf(process.env);
const started = Date.now();

let checkpoints: Checkpoint[] = [];
const keys = await loadCheckpointKeys(settings);
if (!keys) {
  console.log("[audit] nessuna chiave dei checkpoint configurata: controllo solo le catene (AUDIT_CHECKPOINT_PUBLIC_KEY)");
} else {
  const dir = checkpointDir(settings);
  const reading = await readCheckpoints(dir, keys);
  if (reading.problem) {
    console.error(`[audit] CHECKPOINT ALTERATI in ${dir}: ${reading.problem}`);
    process.exit(1);
  }
  checkpoints = reading.checkpoints;
  console.log(`[audit] ${checkpoints.length} checkpoint firmati in ${dir}`);
}

const database = createDb(databaseUrl);
let result;
try {
  await applySqlitePragmas(database, databaseUrl);
  result = await verifyAccessLog(database, checkpoints);
} catch (error) {
  console.error(`[audit] impossibile leggere il registro da ${databaseUrl.replace(/\/\/[^@]*@/, "//…@")}: ${(error as Error).message.trim().split("\n").at(-1)}`);
  process.exit(2);
}
await database.$disconnect();
const seconds = ((Date.now() - started) / 1000).toFixed(1);
const { problem, checked, chains, pending, oldestPendingAt } = result;
if (problem) {
  console.error(`[audit] REGISTRO ALTERATO: riga seq=${problem.seq} (persona ${problem.subjectId}, posizione ${problem.chainIndex ?? "-"}): ${problem.problem}`);
  console.error(`[audit] controllate ${checked} righe in ${seconds} s`);
  process.exit(1);
}
console.log(`[audit] registro integro: ${checked} righe in ${chains} catene, controllate in ${seconds} s`);
if (pending > 0) console.log(`[audit] ${pending} righe ancora da sigillare (la più vecchia del ${oldestPendingAt?.toISOString()})`);
