import "server-only";
import type { AuthorizedSubject } from "@/lib/access/gate";
import type { Tx } from "@/lib/db/client";
import { notify } from "@/lib/notifications/mutations";
import { msg } from "@/lib/i18n/translate";

/** The citizen's own obscuring (P99) of the document the gate authorized. */
export async function setObscuredByCitizen(tx: Tx, subject: AuthorizedSubject, obscured: boolean): Promise<boolean> {
  if (!subject.documentId) return false;
  const changed = await tx.document.updateMany({
    where: { id: subject.documentId, patientId: subject.subjectId, obscuredAtSource: false },
    data: { obscuredByCitizen: obscured },
  });
  if (changed.count !== 1) return false;
  // A change made for the citizen by someone else (desk, delegate) is told to the citizen.
  if (subject.actor.personId !== subject.subjectId) {
    const text = obscured
      ? msg("È cambiata la visibilità di un documento del tuo fascicolo: ora è oscurato. Chi l'ha fatto è nel registro degli accessi.")
      : msg("È cambiata la visibilità di un documento del tuo fascicolo: ora è di nuovo visibile. Chi l'ha fatto è nel registro degli accessi.");
    await notify(tx, subject.subjectId, "DOCUMENT_VISIBILITY", text, new Date());
  }
  return true;
}
