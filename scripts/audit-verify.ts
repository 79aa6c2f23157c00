// `npm run audit:verify`: recomputes every access-log chain from the database named by DATABASE_URL
// (as the portal reads it) and names the first row that breaks one. Exit code 0: intact; 1: broken.
import { applySqlitePragmas, createDb } from "../lib/db/client";
import { logHeadsAndPending, sealedLogEntries } from "../lib/access/data";
import { ChainVerifier } from "../lib/access/log-hash";
import { parseEnv } from "../lib/env";

const env = parseEnv(process.env);
const database = createDb(env.DATABASE_URL);
await applySqlitePragmas(database, env.DATABASE_URL);
const started = Date.now();
const verifier = new ChainVerifier();
let problem = null;
for await (const entry of sealedLogEntries(database)) {
  problem = verifier.push(entry);
  if (problem) break;
}
const { heads, pending, oldestPendingAt } = await logHeadsAndPending(database);
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
