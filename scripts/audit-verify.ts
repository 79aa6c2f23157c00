// `npm run audit:verify`: recomputes every access-log chain from the database named by DATABASE_URL
// (as the portal reads it) and names the first row that breaks one. Exit code 0: intact; 1: broken;
// 2: the log could not be read.
import { applySqlitePragmas, createDb } from "../lib/db/client";
import { logHeadsAndPending, sealedLogEntries } from "../lib/access/data";
import { ChainVerifier } from "../lib/access/log-hash";
import { databaseUrlOf } from "../lib/env";

const databaseUrl = databaseUrlOf(process.env);
const database = createDb(databaseUrl);
await applySqlitePragmas(database, databaseUrl);
const started = Date.now();
const verifier = new ChainVerifier();
let problem = null;
let state;
try {
  for await (const entry of sealedLogEntries(database)) {
    problem = verifier.push(entry);
    if (problem) break;
  }
  state = await logHeadsAndPending(database);
} catch (error) {
  console.error(`[audit] impossibile leggere il registro da ${databaseUrl.replace(/\/\/[^@]*@/, "//…@")}: ${(error as Error).message.trim().split("\n").at(-1)}`);
  process.exit(2);
}
const { heads, pending, oldestPendingAt } = state;
problem ??= verifier.end(heads);
await database.$disconnect();
const seconds = ((Date.now() - started) / 1000).toFixed(1);
if (problem) {
  console.error(`[audit] REGISTRO ALTERATO: riga seq=${problem.seq} (persona ${problem.subjectId}, posizione ${problem.chainIndex ?? "-"}): ${problem.problem}`);
  console.error(`[audit] controllate ${verifier.checked} righe in ${seconds} s`);
  process.exit(1);
}
console.log(`[audit] registro integro: ${verifier.checked} righe in ${heads.length} catene, controllate in ${seconds} s`);
if (pending > 0) console.log(`[audit] ${pending} righe ancora da sigillare (la più vecchia del ${oldestPendingAt?.toISOString()})`);
