import "server-only";
import { AuthorizedSubject } from "@/lib/access/gate";
import type { Db, Tx } from "@/lib/db/client";

/**
 * The operator's own desk session, whatever its state: the gate decides whether it still allows anything.
 * Read before the gate, to learn whose the session is; every caller then passes the gate for that person
 * in the same request, so each use is logged (decision 0009).
 */
export async function deskSessionOf(database: Db, operatorId: string, sessionId: string) {
  const session = await database.deskSession.findFirst({ where: { id: sessionId, operatorId } });
  if (!session) return null;
  const citizen = await database.person.findUniqueOrThrow({ where: { id: session.subjectId }, select: { givenName: true, familyName: true, fiscalCode: true } });
  return { ...session, citizenName: `${citizen.givenName} ${citizen.familyName}`, citizenFiscalCode: citizen.fiscalCode };
}

/** The operator's own open sessions: when each started, nothing about the citizens (decision 0009). */
export function openSessionsOf(database: Db, operatorId: string, now: Date) {
  return database.deskSession.findMany({
    where: { operatorId, endedAt: null, expiresAt: { gt: now } },
    orderBy: { startedAt: "desc" },
    take: 20,
    select: { id: true, startedAt: true },
  });
}

/** What the operator did in this session, from the access log: the content of the citizen's receipt. */
export async function sessionOperations(tx: Tx, subject: AuthorizedSubject, since: Date, until: Date) {
  AuthorizedSubject.check(subject, "accessLog.read", "document.visibility");
  const rows = await tx.accessLogEntry.findMany({
    where: {
      actorId: subject.actor.personId,
      subjectId: subject.subjectId,
      outcome: "ALLOW",
      at: { gte: since, lte: until },
      action: { in: ["consent.manage", "delegation.manage", "document.download", "document.visibility"] },
    },
    orderBy: { seq: "asc" },
    take: 200,
    select: { seq: true, at: true, action: true, purpose: true, resourceType: true, resourceId: true },
  });
  // Showing the list of obscured documents is not a change: only the change of one document is a step.
  return rows.filter((row) => row.action !== "document.visibility" || row.resourceType === "DOCUMENT");
}
