import "server-only";
import { cache } from "react";
import { withAccess } from "@/lib/access/gate";
import { currentOperator } from "@/lib/auth/session";
import { consentOverview } from "@/lib/consents/data";
import { db } from "@/lib/db/client";
import { givenDelegations, pendingParentalRequests } from "@/lib/delegations/data";
import { getDocument, listDocuments, listObscuredByCitizen } from "@/lib/documents/data";
import type { StoredFile } from "@/lib/documents/file-response";
import { deskSessionOf, openSessionsOf, sessionOperations } from "./data";

/** The logged-in operator and one of their own desk sessions; null when either is missing. */
async function operatorSession(sessionId: string) {
  const operator = await currentOperator();
  if (!operator) return null;
  const database = await db();
  const session = await deskSessionOf(database, operator.actor.personId, sessionId);
  return session ? { operator, session, database } : null;
}

export const loadOpenDeskSessions = cache(async () => {
  const operator = await currentOperator();
  if (!operator) return null;
  const database = await db();
  const sessions = await openSessionsOf(database, operator.actor.personId, new Date());
  return { operator, sessions: sessions.map((session) => ({ id: session.id, startedAt: session.startedAt.toISOString() })) };
});

/**
 * A desk session with the citizen's consents, printable documents, pending parental requests and the
 * steps done so far, each read through the gate. Obscured documents are listed only when the citizen
 * asks to make one visible again.
 */
export const loadDeskSession = cache(async (sessionId: string, showObscured: boolean) => {
  const found = await operatorSession(sessionId);
  if (!found) return null;
  const { operator, session, database } = found;
  const outcome = await withAccess(
    database,
    { actor: operator.actor, action: "document.list", subjectId: session.subjectId, purpose: "SPORTELLO" },
    async (subject, tx) => ({
      consents: await consentOverview(tx, subject),
      documents: await listDocuments(tx, subject, {}, 50),
      parentalRequests: await pendingParentalRequests(tx, subject),
    }),
  );
  const obscured =
    outcome.allowed && showObscured
      ? await withAccess(database, { actor: operator.actor, action: "document.visibility", subjectId: session.subjectId, purpose: "GESTIONE_VISIBILITA" }, (subject, tx) =>
          listObscuredByCitizen(tx, subject, 100),
        )
      : null;
  // The delegations on the record, so that the citizen can have one ended at the desk.
  const delegations = outcome.allowed
    ? await withAccess(database, { actor: operator.actor, action: "delegation.read", subjectId: session.subjectId, purpose: "SPORTELLO" }, (subject, tx) =>
        givenDelegations(tx, subject, new Date()),
      )
    : null;
  const steps = await withAccess(database, { actor: operator.actor, action: "accessLog.read", subjectId: session.subjectId, purpose: "SPORTELLO" }, (subject, tx) =>
    sessionOperations(tx, subject, session.startedAt, session.endedAt ?? new Date()),
  );
  return {
    operator,
    session: {
      id: session.id,
      citizenName: session.citizenName,
      identityDocument: session.identityDocument,
      expiresAt: session.expiresAt.toISOString(),
      open: outcome.allowed,
    },
    desk: outcome.allowed ? outcome.value : null,
    obscuredDocuments: obscured?.allowed ? obscured.value : null,
    delegations: delegations?.allowed ? delegations.value : null,
    steps: steps.allowed ? steps.value.map((step) => ({ seq: step.seq, at: step.at.toISOString(), action: step.action, purpose: step.purpose })) : [],
  };
});

/** A document printed at the desk for the citizen to take away (never an obscured one), streamed by the route after the gate. */
export async function loadDeskDocumentFile(sessionId: string, documentId: string): Promise<StoredFile | null> {
  const found = await operatorSession(sessionId);
  if (!found) return null;
  const { operator, session, database } = found;
  const outcome = await withAccess(
    database,
    { actor: operator.actor, action: "document.download", subjectId: session.subjectId, documentId, purpose: "STAMPA" },
    (subject, tx) => getDocument(tx, subject),
  );
  if (!outcome.allowed || !outcome.value) return null;
  return { title: outcome.value.title, contentType: outcome.value.contentType, hash: outcome.value.fileHash };
}

/**
 * The operations of a desk session, read from the access log through the gate, for the citizen's
 * receipt: all of them, or the one step whose log number is given.
 */
export async function loadDeskReceipt(sessionId: string, step: number | null) {
  const found = await operatorSession(sessionId);
  if (!found) return null;
  const { operator, session, database } = found;
  const outcome = await withAccess(
    database,
    { actor: operator.actor, action: "accessLog.read", subjectId: session.subjectId, purpose: "RICEVUTA" },
    (subject, tx) => sessionOperations(tx, subject, session.startedAt, session.endedAt ?? new Date()),
  );
  if (!outcome.allowed) return null;
  const operations = step === null ? outcome.value : outcome.value.filter((operation) => operation.seq === step);
  if (step !== null && operations.length === 0) return null;
  return { operator, session, operations };
}
