import "server-only";
import { cache } from "react";
import { withAccess } from "@/lib/access/gate";
import { currentOperator } from "@/lib/auth/session";
import { consentOverview } from "@/lib/consents/data";
import { db } from "@/lib/db/client";
import { readDocumentFile } from "@/lib/documents/content";
import { getDocument, listDocuments } from "@/lib/documents/data";
import { deskSessionOf, openSessionsOf, sessionOperations } from "./data";

export const loadOpenDeskSessions = cache(async () => {
  const operator = await currentOperator();
  if (!operator) return null;
  const database = await db();
  const sessions = await openSessionsOf(database, operator.actor.personId, new Date());
  return { operator, sessions: sessions.map((session) => ({ id: session.id, startedAt: session.startedAt.toISOString() })) };
});

/** A desk session with the citizen's consents and printable documents, through the gate. */
export const loadDeskSession = cache(async (sessionId: string) => {
  const operator = await currentOperator();
  if (!operator) return null;
  const database = await db();
  const session = await deskSessionOf(database, operator.actor.personId, sessionId);
  if (!session) return null;
  const outcome = await withAccess(
    database,
    { actor: operator.actor, action: "document.list", subjectId: session.subjectId, purpose: "SPORTELLO" },
    async (subject, tx) => ({ consents: await consentOverview(tx, subject), documents: await listDocuments(tx, subject, {}, 50) }),
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
    ...(outcome.allowed ? outcome.value : { consents: null, documents: null }),
  };
});

/** A document printed at the desk for the citizen to take away: never an obscured one. */
export async function loadDeskDocumentFile(sessionId: string, documentId: string) {
  const operator = await currentOperator();
  if (!operator) return null;
  const database = await db();
  const session = await deskSessionOf(database, operator.actor.personId, sessionId);
  if (!session) return null;
  const outcome = await withAccess(
    database,
    { actor: operator.actor, action: "document.download", subjectId: session.subjectId, documentId, purpose: "STAMPA" },
    (subject, tx) => getDocument(tx, subject),
  );
  if (!outcome.allowed || !outcome.value) return null;
  return { title: outcome.value.title, contentType: outcome.value.contentType, bytes: await readDocumentFile(outcome.value.fileHash) };
}

/** The operations of a desk session, for the citizen's receipt. */
export async function loadDeskReceipt(sessionId: string) {
  const operator = await currentOperator();
  if (!operator) return null;
  const database = await db();
  const session = await deskSessionOf(database, operator.actor.personId, sessionId);
  if (!session) return null;
  const until = session.endedAt ?? new Date();
  const operations = await sessionOperations(database, operator.actor.personId, session.subjectId, session.startedAt, until);
  return { operator, session, operations };
}
