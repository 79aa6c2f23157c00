import "server-only";
import { type Db, sql } from "@/lib/db/client";
import type { ExportedProtocolRow } from "./protocol-log";

// Reads for login, session checks and the operator's protocol-log command: no clinical data here, so no
// access gate.

export type SessionRow = {
  id: string;
  personId: string;
  provider: string;
  acr: string;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  endedAt: Date | null;
  endReason: string | null;
  revocationToken: string | null;
  person: { id: string; givenName: string; familyName: string; fiscalCode: string; birthDate: Date; firstAccessAt: Date | null; language: string | null };
};

type SessionJoin = Omit<SessionRow, "person"> & { givenName: string; familyName: string; fiscalCode: string; birthDate: Date; firstAccessAt: Date | null; language: string | null };

/** The session and its person in one statement: every request of a logged-in person starts here (decision 0023). */
export async function findSession(database: Db, sessionId: string): Promise<SessionRow | null> {
  const [row] = await database.$queryRaw<SessionJoin[]>(sql`
    SELECT s."id", s."personId", s."provider", s."acr", s."createdAt", s."lastSeenAt", s."expiresAt", s."endedAt", s."endReason", s."revocationToken",
           p."givenName", p."familyName", p."fiscalCode", p."birthDate", p."firstAccessAt", p."language"
    FROM "Session" s JOIN "Person" p ON p."id" = s."personId"
    WHERE s."id" = ${sessionId}`);
  if (!row) return null;
  const { givenName, familyName, fiscalCode, birthDate, firstAccessAt, language, ...session } = row;
  return { ...session, person: { id: row.personId, givenName, familyName, fiscalCode, birthDate, firstAccessAt, language } };
}

export type HeldRole = { role: string; title: string; facilityId: string | null; deskPoint: string | null };

/** The staff roles a person holds; asked on the home page and by every staff page (decision 0023). */
export function findRoles(database: Db, personId: string): Promise<HeldRole[]> {
  return database.$queryRaw<HeldRole[]>(sql`SELECT "role", "title", "facilityId", "deskPoint" FROM "PersonRole" WHERE "personId" = ${personId}`);
}

/** When the person's previous visit began: the start of their latest session before this one; null on a first visit. */
export async function previousVisitStart(database: Db, personId: string, currentSessionId: string): Promise<Date | null> {
  const [previous] = await database.$queryRaw<{ createdAt: Date }[]>(sql`
    SELECT "createdAt" FROM "Session" WHERE "personId" = ${personId} AND "id" <> ${currentSessionId}
    ORDER BY "createdAt" DESC LIMIT 1`);
  return previous?.createdAt ?? null;
}

/** Open sessions past their absolute lifetime or idle too long, which no request will end: the sweep's work. */
export function findLapsedSessions(database: Db, now: Date, idleMinutes: number, limit: number) {
  return database.session.findMany({
    where: { endedAt: null, OR: [{ expiresAt: { lte: now } }, { lastSeenAt: { lt: new Date(now.getTime() - idleMinutes * 60_000) } }] },
    select: { id: true, provider: true, revocationToken: true, expiresAt: true, person: { select: { id: true, fiscalCode: true } } },
    orderBy: { lastSeenAt: "asc" },
    take: limit,
  });
}

/**
 * One person's protocol log for an operator: the rows that name their fiscal code (userinfo, session
 * openings, revocations) in the period, and with them the rows of the same logins that came before the
 * person was known (authorization request, token response), tied by the login's nonce hash.
 */
export async function protocolLogOf(database: Db, fiscalCode: string, range: { from?: Date; to?: Date }): Promise<ExportedProtocolRow[]> {
  const at = { ...(range.from ? { gte: range.from } : {}), ...(range.to ? { lt: range.to } : {}) };
  const named = await database.protocolLogEntry.findMany({ where: { fiscalCode, at }, orderBy: { seq: "asc" } });
  const flows = [...new Set(named.map((row) => row.flowHash).filter((hash): hash is string => hash !== null))];
  const unnamed = flows.length === 0 ? [] : await database.protocolLogEntry.findMany({ where: { flowHash: { in: flows }, fiscalCode: null }, orderBy: { seq: "asc" } });
  return [...named, ...unnamed]
    .map((row) => ({ ...row, seq: String(row.seq), detail: JSON.parse(row.detail) as unknown }))
    .sort((a, b) => (BigInt(a.seq) < BigInt(b.seq) ? -1 : 1));
}
