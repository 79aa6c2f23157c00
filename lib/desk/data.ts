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
  // The sequence is 64-bit (a bigint on PostgreSQL); a receipt's numbers stay far below 2^53.
  const steps = rows
    .filter((row) => row.action !== "document.visibility" || row.resourceType === "DOCUMENT")
    .map((row) => ({ ...row, seq: Number(row.seq) }));
  return onlyDelegationStepsDone(tx, subject, steps);
}

type Step = { seq: number; at: Date; action: string; purpose: string; resourceType: string; resourceId: string | null };

/**
 * The gate allows a delegation step before the rules are checked, so its row alone does not say it was
 * done: a registration refused for a missing end date is allowed and logged like the one that follows.
 * A receipt lists only what happened, so a delegation step stays only when the delegation it names shows
 * it (created, confirmed, refused or ended by this operator), and once per delegation and step.
 */
async function onlyDelegationStepsDone(tx: Tx, subject: AuthorizedSubject, steps: Step[]): Promise<Step[]> {
  const named = (step: Step) => step.action === "delegation.manage" && step.resourceType === "DELEGATION" && step.resourceId !== null;
  const ids = [...new Set(steps.filter(named).map((step) => step.resourceId!))];
  const delegations = ids.length
    ? await tx.delegation.findMany({ where: { id: { in: ids }, subjectId: subject.subjectId }, select: { id: true, createdById: true, acceptedAt: true, endedById: true, status: true } })
    : [];
  const byId = new Map(delegations.map((delegation) => [delegation.id, delegation]));
  const operatorId = subject.actor.personId;
  const done = (step: Step): boolean => {
    const delegation = byId.get(step.resourceId!);
    if (!delegation) return false;
    if (step.purpose === "NUOVA_DELEGA") return delegation.createdById === operatorId;
    if (step.purpose === "CONFERMA_DELEGA") return delegation.acceptedAt !== null && delegation.status !== "PENDING";
    return delegation.endedById === operatorId;
  };
  const seen = new Set<string>();
  return steps.filter((step) => {
    if (!named(step)) return true;
    const key = `${step.purpose}:${step.resourceId}`;
    if (seen.has(key) || !done(step)) return false;
    seen.add(key);
    return true;
  });
}
