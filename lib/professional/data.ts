import "server-only";
import { AuthorizedSubject } from "@/lib/access/gate";
import type { Db, Tx } from "@/lib/db/client";

// The professional's side: finding a patient by fiscal code and the emergency-access records.

export async function patientHeader(tx: Tx, subject: AuthorizedSubject) {
  AuthorizedSubject.check(subject, "document.list", "document.read", "document.download");
  const person = await tx.person.findUniqueOrThrow({
    where: { id: subject.subjectId },
    select: { givenName: true, familyName: true, birthDate: true, sex: true },
  });
  return { name: `${person.givenName} ${person.familyName}`, birthDate: person.birthDate.toISOString(), sex: person.sex };
}

/** The emergency access in force for this professional and patient, if any. */
export function activeEmergency(database: Db, professionalId: string, subjectId: string, now: Date) {
  return database.emergencyAccess.findFirst({
    where: { professionalId, subjectId, expiresAt: { gt: now } },
    orderBy: { startedAt: "desc" },
    select: { reason: true, expiresAt: true },
  });
}
