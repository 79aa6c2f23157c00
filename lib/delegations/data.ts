import "server-only";
import { ADULT_AGE, ageOn } from "@/lib/access/policy";
import { AuthorizedSubject } from "@/lib/access/gate";
import type { Tx } from "@/lib/db/client";

// The delegations of the authorized subject: given on their record, held or awaited by them. Reading them
// passes the gate ("delegation.read") and leaves its access-log row; whether a delegation still allows
// anything on the other person's record is decided by the gate on every request, never here.

const personName = { select: { id: true, givenName: true, familyName: true, birthDate: true } } as const;

/** The records the subject may open for someone else now (children, people who delegated them). */
export async function heldDelegations(tx: Tx, subject: AuthorizedSubject, now: Date) {
  AuthorizedSubject.check(subject, "delegation.read");
  const rows = await tx.delegation.findMany({
    where: { delegateId: subject.subjectId, status: "ACTIVE", startsAt: { lte: now }, OR: [{ endsAt: null }, { endsAt: { gt: now } }] },
    orderBy: { createdAt: "desc" },
    include: { subject: personName },
  });
  // Parental delegations end by themselves at the child's 18th birthday.
  const inForce = rows.filter((row) => row.kind !== "PARENT" || ageOn(row.subject.birthDate, now) < ADULT_AGE);
  return inForce.map((row) => ({
    id: row.id,
    subjectId: row.subject.id,
    subjectName: `${row.subject.givenName} ${row.subject.familyName}`,
    subjectBirthDate: row.subject.birthDate,
    kind: row.kind,
    scope: row.scope.split(",").filter(Boolean),
    canManage: row.canManage,
    endsAt: row.endsAt?.toISOString() ?? null,
  }));
}

/** The status a person reads: parental access ends at 18 and a delegation past its end date has expired. */
function delegationStatus(row: { kind: string; status: string; endsAt: Date | null; subject: { birthDate: Date } }, now: Date): string {
  if (row.status !== "ACTIVE" && row.status !== "PENDING") return row.status;
  if (row.kind === "PARENT" && row.status === "ACTIVE" && ageOn(row.subject.birthDate, now) >= ADULT_AGE) return "ENDED_AT_MAJORITY";
  if (row.endsAt && row.endsAt <= now) return "EXPIRED";
  return row.status;
}

/** Who may act, or asked to act, for the subject: the latest delegations on their record. */
export async function givenDelegations(tx: Tx, subject: AuthorizedSubject, now: Date) {
  AuthorizedSubject.check(subject, "delegation.read");
  const rows = await tx.delegation.findMany({
    where: { subjectId: subject.subjectId },
    orderBy: { createdAt: "desc" },
    take: 50,
    include: { delegate: personName, subject: personName },
  });
  return rows.map((row) => ({
    id: row.id,
    delegateName: `${row.delegate.givenName} ${row.delegate.familyName}`,
    kind: row.kind,
    canManage: row.canManage,
    channel: row.channel,
    status: delegationStatus(row, now),
    scope: row.scope.split(",").filter(Boolean),
    endsAt: row.endsAt?.toISOString() ?? null,
  }));
}

/** Delegations that wait on the subject: trusted-person requests to answer, and their own parental requests. */
export async function awaitingDelegations(tx: Tx, subject: AuthorizedSubject, now: Date) {
  AuthorizedSubject.check(subject, "delegation.read");
  const rows = await tx.delegation.findMany({
    where: { delegateId: subject.subjectId, status: "PENDING", OR: [{ endsAt: null }, { endsAt: { gt: now } }] },
    orderBy: { createdAt: "desc" },
    take: 20,
    include: { subject: personName },
  });
  return rows.map((row) => ({
    id: row.id,
    subjectName: `${row.subject.givenName} ${row.subject.familyName}`,
    kind: row.kind,
    scope: row.scope.split(",").filter(Boolean),
    canManage: row.canManage,
    endsAt: row.endsAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    /** A parent's own request waits for the desk, not for them. */
    waitsForDesk: row.kind === "PARENT",
  }));
}

/** A minor's pending parental requests, for the desk operator who may confirm them. */
export async function pendingParentalRequests(tx: Tx, subject: AuthorizedSubject) {
  AuthorizedSubject.check(subject, "document.list", "delegation.manage");
  const rows = await tx.delegation.findMany({
    where: { subjectId: subject.subjectId, kind: "PARENT", status: "PENDING" },
    orderBy: { createdAt: "asc" },
    take: 10,
    include: { delegate: { select: { givenName: true, familyName: true, fiscalCode: true } } },
  });
  return rows.map((row) => ({
    id: row.id,
    requesterName: `${row.delegate.givenName} ${row.delegate.familyName}`,
    requesterFiscalCode: row.delegate.fiscalCode,
    createdAt: row.createdAt.toISOString(),
    selfCertification: row.selfCertification ?? "",
  }));
}

/**
 * The name of someone the subject holds any delegation for, in force or not (the gate then explains a
 * refusal on that record); null when they hold none.
 */
export async function delegatedSubjectName(tx: Tx, subject: AuthorizedSubject, subjectId: string) {
  AuthorizedSubject.check(subject, "delegation.read");
  const row = await tx.delegation.findFirst({ where: { delegateId: subject.subjectId, subjectId }, include: { subject: personName } });
  return row ? `${row.subject.givenName} ${row.subject.familyName}` : null;
}

/** Who a delegation of the subject's joins (given or held by them), so that an answer can be checked against the person giving it. */
export function delegationParties(tx: Tx, subject: AuthorizedSubject, delegationId: string) {
  AuthorizedSubject.check(subject, "delegation.read");
  return tx.delegation.findFirst({
    where: { id: delegationId, OR: [{ subjectId: subject.subjectId }, { delegateId: subject.subjectId }] },
    select: { subjectId: true, delegateId: true },
  });
}
