import "server-only";
import { ADULT_AGE, ageOn } from "@/lib/access/policy";
import type { Db } from "@/lib/db/client";

// A person's own delegations, held and given: relationships, not clinical data. Whether a delegation
// still allows anything is decided by the gate on every request, never here.

const personName = { select: { id: true, givenName: true, familyName: true, birthDate: true } } as const;

export async function heldDelegations(database: Db, delegateId: string, now: Date) {
  const rows = await database.delegation.findMany({
    where: { delegateId, status: "ACTIVE", startsAt: { lte: now }, OR: [{ endsAt: null }, { endsAt: { gt: now } }] },
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

export async function givenDelegations(database: Db, subjectId: string, now: Date) {
  const rows = await database.delegation.findMany({
    where: { subjectId },
    orderBy: { createdAt: "desc" },
    take: 50,
    include: { delegate: personName, subject: personName },
  });
  return rows.map((row) => ({
    id: row.id,
    delegateName: `${row.delegate.givenName} ${row.delegate.familyName}`,
    kind: row.kind,
    status: row.kind === "PARENT" && row.status === "ACTIVE" && ageOn(row.subject.birthDate, now) >= ADULT_AGE ? "ENDED_AT_MAJORITY" : row.status,
    scope: row.scope.split(",").filter(Boolean),
    endsAt: row.endsAt?.toISOString() ?? null,
  }));
}

/** The name of someone the person holds any delegation for; null when they hold none. */
export async function delegatedSubjectName(database: Db, delegateId: string, subjectId: string) {
  const row = await database.delegation.findFirst({ where: { delegateId, subjectId }, include: { subject: personName } });
  return row ? `${row.subject.givenName} ${row.subject.familyName}` : null;
}
