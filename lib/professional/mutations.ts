import "server-only";
import { randomUUID } from "node:crypto";
import { AuthorizedSubject } from "@/lib/access/gate";
import type { Tx } from "@/lib/db/client";
import { notify } from "@/lib/notifications/mutations";
import { msg } from "@/lib/i18n/translate";

export const EMERGENCY_MINUTES = 30;

/** Opens a time-boxed emergency access and tells the citizen, in the gate's transaction. */
export async function openEmergencyAccess(tx: Tx, subject: AuthorizedSubject, reason: string, now: Date): Promise<void> {
  AuthorizedSubject.check(subject, "document.list");
  await tx.emergencyAccess.create({
    data: {
      id: randomUUID(),
      professionalId: subject.actor.personId,
      subjectId: subject.subjectId,
      reason,
      startedAt: now,
      expiresAt: new Date(now.getTime() + EMERGENCY_MINUTES * 60_000),
    },
  });
  await notify(
    tx,
    subject.subjectId,
    "EMERGENCY_ACCESS",
    msg("Un professionista sanitario ha consultato il tuo fascicolo in emergenza. Trovi chi, quando e il motivo nella pagina «Chi ha consultato il fascicolo»."),
    now,
  );
}
