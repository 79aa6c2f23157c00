import "server-only";
import type { Tx } from "@/lib/db/client";
import type { DocumentFlags, SubjectFacts } from "./types";

// Facts for the policy, read inside the gate's transaction on every request: never from a cookie.

export async function loadSubjectFacts(tx: Tx, personId: string): Promise<SubjectFacts | null> {
  const person = await tx.person.findUnique({ where: { id: personId }, select: { id: true, birthDate: true } });
  return person ? { personId: person.id, birthDate: person.birthDate } : null;
}

export async function loadDocumentFlags(tx: Tx, subjectId: string, documentId: string): Promise<DocumentFlags | null> {
  const document = await tx.document.findFirst({
    where: { id: documentId, patientId: subjectId, status: { not: "WITHDRAWN" } },
    select: {
      obscuredAtSource: true,
      obscuredByCitizen: true,
      hiddenFromParents: true,
      hiddenFromPatient: true,
      heightenedProtection: true,
    },
  });
  if (!document) return null;
  return {
    obscured: document.obscuredAtSource || document.obscuredByCitizen,
    hiddenFromParents: document.hiddenFromParents,
    hiddenFromPatient: document.hiddenFromPatient,
    heightenedProtection: document.heightenedProtection,
  };
}
