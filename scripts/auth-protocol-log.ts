// `npm run auth:protocol-log -- <codice fiscale> [--from aaaa-mm-gg] [--to aaaa-mm-gg] [--format json|csv]`:
// prints one person's SPID/CIE protocol log (decision 0018) from the database named by DATABASE_URL, for an
// operator answering an audit or the person's own request. Days are Rome days, both ends included.
// Exit code 0: printed (possibly no rows); 1: wrong arguments; 2: the log could not be read.
import { parseArgs } from "node:util";
import { protocolLogOf } from "../lib/auth/data";
import { formatProtocolLog } from "../lib/auth/protocol-log";
import { protocolLogQuerySchema } from "../lib/auth/schema";
import { applySqlitePragmas, createDb } from "../lib/db/client";
import { databaseUrlOf } from "../lib/env";
import { startOfNextRomeDay, startOfRomeDay } from "../lib/i18n/time-zone";

const USAGE = "Uso: npm run auth:protocol-log -- <codice fiscale> [--from aaaa-mm-gg] [--to aaaa-mm-gg] [--format json|csv]";

let args;
try {
  args = parseArgs({ args: process.argv.slice(2), allowPositionals: true, options: { from: { type: "string" }, to: { type: "string" }, format: { type: "string" } } });
} catch (error) {
  console.error(`[protocol-log] ${(error as Error).message}\n${USAGE}`);
  process.exit(1);
}
const parsed = protocolLogQuerySchema.safeParse({ fiscalCode: args.positionals[0], ...args.values });
if (!parsed.success || args.positionals.length !== 1) {
  const problems = parsed.success ? ["un solo codice fiscale"] : parsed.error.issues.map((issue) => issue.message);
  console.error(`[protocol-log] ${problems.join("; ")}\n${USAGE}`);
  process.exit(1);
}
const query = parsed.data;

const databaseUrl = databaseUrlOf(process.env);
const database = createDb(databaseUrl);
try {
  await applySqlitePragmas(database, databaseUrl);
  const rows = await protocolLogOf(database, query.fiscalCode, {
    from: query.from ? startOfRomeDay(query.from) : undefined,
    to: query.to ? startOfNextRomeDay(query.to) : undefined,
  });
  process.stdout.write(formatProtocolLog(rows, query.format));
  console.error(`[protocol-log] ${rows.length} righe per ${query.fiscalCode}`);
} catch (error) {
  console.error(`[protocol-log] impossibile leggere il registro da ${databaseUrl.replace(/\/\/[^@]*@/, "//…@")}: ${(error as Error).message.trim().split("\n").at(-1)}`);
  process.exit(2);
} finally {
  await database.$disconnect();
}
