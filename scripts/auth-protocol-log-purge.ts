// `npm run auth:protocol-log-purge`: the retention purge, the SPID/CIE protocol log's only deletion
// (decision 0018). Deletes the rows older than PROTOCOL_LOG_RETENTION_MONTHS (at least 24; default 24)
// from the database named by DATABASE_URL; the database's trigger refuses any younger row regardless.
// Exit code 0: done; 1: wrong setting; 2: the purge failed.
import { purgeProtocolLog } from "../lib/auth/mutations";
import { applySqlitePragmas, createDb } from "../lib/db/client";
import { databaseUrlOf, protocolLogSettingsOf } from "../lib/env";

let months: number;
try {
  months = protocolLogSettingsOf(process.env).PROTOCOL_LOG_RETENTION_MONTHS;
} catch (error) {
  console.error(`[protocol-log] PROTOCOL_LOG_RETENTION_MONTHS non valida: ${(error as { issues?: { message: string }[] }).issues?.map((issue) => issue.message).join("; ") ?? (error as Error).message}`);
  process.exit(1);
}

const databaseUrl = databaseUrlOf(process.env);
const database = createDb(databaseUrl);
try {
  await applySqlitePragmas(database, databaseUrl);
  const removed = await purgeProtocolLog(database, months, new Date());
  console.log(`[protocol-log] ${removed} righe più vecchie di ${months} mesi eliminate`);
} catch (error) {
  console.error(`[protocol-log] pulizia non riuscita: ${(error as Error).message.trim().split("\n").at(-1)}`);
  process.exit(2);
} finally {
  await database.$disconnect();
}
