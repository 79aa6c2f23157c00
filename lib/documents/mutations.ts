import "server-only";
import type { AuthorizedSubject } from "@/lib/access/gate";
import type { Tx } from "@/lib/db/client";

/** The citizen's own obscuring (P99) of the document the gate authorized. */
export async function setObscuredByCitizen(tx: Tx, subject: AuthorizedSubject, obscured: boolean): Promise<boolean> {
  if (!subject.documentId) return false;
  const changed = await tx.document.updateMany({
    where: { id: subject.documentId, patientId: subject.subjectId, obscuredAtSource: false },
    data: { obscuredByCitizen: obscured },
  });
  return changed.count === 1;
}
