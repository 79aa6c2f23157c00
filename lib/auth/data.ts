import "server-only";
import type { Db } from "@/lib/db/client";

// Reads for login and session checks: no clinical data here, so no access gate.

export function findSession(database: Db, sessionId: string) {
  return database.session.findUnique({
    where: { id: sessionId },
    include: { person: { select: { id: true, givenName: true, familyName: true, fiscalCode: true, birthDate: true, firstAccessAt: true, language: true } } },
  });
}

export function findRoles(database: Db, personId: string) {
  return database.personRole.findMany({ where: { personId }, select: { role: true, title: true, facilityId: true, deskPoint: true } });
}

/** When the person's previous visit began: the start of their latest session before this one; null on a first visit. */
export async function previousVisitStart(database: Db, personId: string, currentSessionId: string): Promise<Date | null> {
  const previous = await database.session.findFirst({ where: { personId, id: { not: currentSessionId } }, orderBy: { createdAt: "desc" }, select: { createdAt: true } });
  return previous?.createdAt ?? null;
}
