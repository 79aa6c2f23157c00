import "server-only";
import { AuthorizedSubject } from "@/lib/access/gate";
import type { Tx } from "@/lib/db/client";
import { visibleDocuments } from "@/lib/documents/data";
import type { VaccinationItem } from "./types";

// A record's vaccinations, newest first. Each comes from a vaccination document and is shown only where
// that document may be shown to this viewer: obscuring the document hides its vaccination too.

/** A whole vaccination history is short (tens of rows), so it is read in one go. */
const MAX_VACCINATIONS = 500;

export async function listVaccinations(tx: Tx, subject: AuthorizedSubject): Promise<VaccinationItem[]> {
  AuthorizedSubject.check(subject, "health.read", "health.manage");
  const rows = await tx.vaccination.findMany({
    where: { patientId: subject.subjectId, document: visibleDocuments(subject) },
    orderBy: [{ administeredAt: "desc" }, { id: "desc" }],
    take: MAX_VACCINATIONS,
    select: {
      id: true,
      administeredAt: true,
      vaccineName: true,
      atcCode: true,
      aicCode: true,
      lot: true,
      doseNumber: true,
      documentId: true,
      document: { select: { facility: { select: { name: true } } } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    administeredAt: row.administeredAt.toISOString(),
    vaccineName: row.vaccineName,
    atcCode: row.atcCode,
    aicCode: row.aicCode,
    lot: row.lot,
    doseNumber: row.doseNumber,
    facilityName: row.document.facility.name,
    documentId: row.documentId,
  }));
}

/** Name, fiscal code and birth date printed on the certificate. */
export async function vaccinatedPerson(tx: Tx, subject: AuthorizedSubject) {
  AuthorizedSubject.check(subject, "health.read", "health.manage");
  const person = await tx.person.findUniqueOrThrow({ where: { id: subject.subjectId }, select: { givenName: true, familyName: true, fiscalCode: true, birthDate: true } });
  return { name: `${person.givenName} ${person.familyName}`, fiscalCode: person.fiscalCode, birthDate: person.birthDate.toISOString() };
}
