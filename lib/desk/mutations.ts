import "server-only";
import { AuthorizedSubject } from "@/lib/access/gate";
import type { Tx } from "@/lib/db/client";

export const DESK_SESSION_MINUTES = 20;

/**
 * Opens the operator's time-boxed desk session for the authorized subject, the citizen at the desk: the
 * mandate that later requests of the session rest on. Written with the access-log row of its opening.
 */
export async function openDeskSession(
  tx: Tx,
  subject: AuthorizedSubject,
  input: { sessionId: string; deskPoint: string; identityDocument: string; now: Date },
): Promise<void> {
  AuthorizedSubject.check(subject, "desk.session");
  await tx.deskSession.create({
    data: {
      id: input.sessionId,
      operatorId: subject.actor.personId,
      deskPoint: input.deskPoint,
      subjectId: subject.subjectId,
      identityDocument: input.identityDocument,
      startedAt: input.now,
      expiresAt: new Date(input.now.getTime() + DESK_SESSION_MINUTES * 60_000),
    },
  });
}

/** Ends the operator's own session for the authorized subject, if still open; true when it was. */
export async function closeDeskSession(tx: Tx, subject: AuthorizedSubject, sessionId: string, now: Date): Promise<boolean> {
  AuthorizedSubject.check(subject, "desk.session");
  const { count } = await tx.deskSession.updateMany({
    where: { id: sessionId, operatorId: subject.actor.personId, subjectId: subject.subjectId, endedAt: null },
    data: { endedAt: now },
  });
  return count === 1;
}
