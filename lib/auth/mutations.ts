import "server-only";
import { randomBytes } from "node:crypto";
import { subDays, subMonths } from "date-fns";
import { type Db, sql } from "@/lib/db/client";
import { sessionOpenedMessage, type ProtocolMessage } from "./protocol-log";

export type SessionEndReason = "LOGOUT" | "IDLE" | "EXPIRED";

function protocolRow(message: ProtocolMessage, at: Date) {
  return {
    at,
    kind: message.kind,
    provider: message.provider,
    outcome: message.outcome,
    flowHash: message.flowHash ?? null,
    sessionHash: message.sessionHash ?? null,
    personId: message.personId ?? null,
    fiscalCode: message.fiscalCode ?? null,
    detail: JSON.stringify(message.detail),
  };
}

/**
 * Opens a server-side session and records which provider and pairwise subject were used; its protocol-log
 * row goes in the same transaction, so no session exists that the log does not tie to its login.
 */
export async function openSession(
  database: Db,
  input: {
    personId: string; fiscalCode: string; provider: string; subject: string; acr: string; now: Date; maxHours: number;
    revocationToken?: string | null; flowHash?: string | null;
  },
): Promise<string> {
  const id = randomBytes(32).toString("base64url");
  const expiresAt = new Date(input.now.getTime() + input.maxHours * 3_600_000);
  await database.$transaction([
    database.session.create({
      data: {
        id,
        personId: input.personId,
        provider: input.provider,
        acr: input.acr,
        revocationToken: input.revocationToken ?? null,
        createdAt: input.now,
        lastSeenAt: input.now,
        expiresAt,
      },
    }),
    database.identityLink.upsert({
      where: { provider_subject: { provider: input.provider, subject: input.subject } },
      create: {
        id: randomBytes(16).toString("hex"),
        personId: input.personId,
        provider: input.provider,
        subject: input.subject,
        lastAcr: input.acr,
        lastLoginAt: input.now,
      },
      update: { lastAcr: input.acr, lastLoginAt: input.now },
    }),
    database.protocolLogEntry.create({
      data: protocolRow(
        sessionOpenedMessage({ provider: input.provider, flowHash: input.flowHash ?? null, sessionId: id, personId: input.personId, fiscalCode: input.fiscalCode, acr: input.acr, expiresAt }),
        input.now,
      ),
    }),
  ]);
  return id;
}

export async function touchSession(database: Db, sessionId: string, now: Date): Promise<void> {
  // Parameterised SQL: it runs on a share of all requests (decision 0023).
  await database.$executeRaw(sql`UPDATE "Session" SET "lastSeenAt" = ${now} WHERE "id" = ${sessionId} AND "endedAt" IS NULL`);
}

/**
 * Ends the session; the stored token, kept only for its revocation, goes with it. True only for the one
 * caller that ended it, so a session seen lapsed by two requests (or a request and the sweep) is revoked once.
 */
export async function endSession(database: Db, sessionId: string, reason: SessionEndReason, now: Date): Promise<boolean> {
  const { count } = await database.session.updateMany({ where: { id: sessionId, endedAt: null }, data: { endedAt: now, endReason: reason, revocationToken: null } });
  return count === 1;
}

/** Appends one protocol message to the SPID/CIE protocol log (append-only: nothing here changes a row). */
export async function recordProtocolMessage(database: Db, message: ProtocolMessage, at: Date): Promise<void> {
  await database.protocolLogEntry.create({ data: protocolRow(message, at) });
}

/**
 * The retention purge, the log's only deletion: rows older than `months` (at least 24; the database's
 * trigger refuses any younger row whatever this is given). Returns how many rows went.
 */
export async function purgeProtocolLog(database: Db, months: number, now: Date): Promise<number> {
  if (!Number.isInteger(months) || months < 24) throw new RangeError("the protocol log is kept at least 24 months");
  // A day's margin: the trigger judges by the database's clock, and one refused row would abort the purge.
  const cutoff = subDays(subMonths(now, months), 1);
  const { count } = await database.protocolLogEntry.deleteMany({ where: { at: { lt: cutoff } } });
  return count;
}
