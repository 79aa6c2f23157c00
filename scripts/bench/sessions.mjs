// Logged-in patients without going through SPID/CIE: a Session row inserted directly, as the login
// callback would, and the next-auth cookie that carries its id (lib/auth/session.ts checks both).
import { randomBytes } from "node:crypto";
import Database from "better-sqlite3";
import { encode } from "next-auth/jwt";
import pg from "pg";

const HOURS = 8;

/** One session per person in `personIds`; returns their cookie headers, in the same order. */
export async function createSessions(dataset, personIds, secret) {
  const now = new Date();
  const expires = new Date(now.getTime() + HOURS * 3_600_000);
  const rows = personIds.map((personId) => ({ id: randomBytes(32).toString("base64url"), personId }));
  if (dataset.engine === "sqlite") {
    const database = new Database(dataset.databaseUrl.replace(/^file:/, ""));
    const iso = (date) => date.toISOString().replace("Z", "+00:00");
    const insert = database.prepare("INSERT INTO Session (id, personId, provider, acr, createdAt, lastSeenAt, expiresAt) VALUES (?, ?, 'spid-test', 'https://www.spid.gov.it/SpidL2', ?, ?, ?)");
    database.transaction(() => rows.forEach((row) => insert.run(row.id, row.personId, iso(now), iso(now), iso(expires))))();
    database.close();
  } else {
    const client = new pg.Client({ connectionString: dataset.databaseUrl });
    await client.connect();
    const iso = (date) => date.toISOString().slice(0, 23);
    for (const row of rows) {
      await client.query(
        `INSERT INTO "Session" ("id", "personId", "provider", "acr", "createdAt", "lastSeenAt", "expiresAt") VALUES ($1, $2, 'spid-test', 'https://www.spid.gov.it/SpidL2', $3, $3, $4)`,
        [row.id, row.personId, iso(now), iso(expires)],
      );
    }
    await client.end();
  }
  return Promise.all(rows.map(async (row) => `next-auth.session-token=${await encode({ token: { sid: row.id }, secret })}`));
}
