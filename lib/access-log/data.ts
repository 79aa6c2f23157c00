import "server-only";
import type { AuthorizedSubject } from "@/lib/access/gate";
import type { Tx } from "@/lib/db/client";
import type { AccessLogPage } from "./types";

/** The subject's access log, newest first, keyset-paginated on the append sequence. */
export async function listAccessLog(tx: Tx, subject: AuthorizedSubject, before: number | null, pageSize: number): Promise<AccessLogPage> {
  const entries = await tx.accessLogEntry.findMany({
    where: { subjectId: subject.subjectId, ...(before ? { seq: { lt: before } } : {}) },
    orderBy: { seq: "desc" },
    take: pageSize + 1,
    select: {
      seq: true,
      at: true,
      actorId: true,
      actorRole: true,
      action: true,
      resourceId: true,
      purpose: true,
      outcome: true,
      reason: true,
      actor: { select: { givenName: true, familyName: true } },
    },
  });
  const page = entries.slice(0, pageSize);
  const documentIds = [...new Set(page.map((entry) => entry.resourceId).filter((id): id is string => id !== null))];
  // Titles only of documents this viewer may see: a P98 title must not leak through the log.
  const documents = documentIds.length
    ? await tx.document.findMany({
        where: { id: { in: documentIds }, patientId: subject.subjectId, ...(subject.visibility.excludeHiddenFromPatient ? { hiddenFromPatient: false } : {}) },
        select: { id: true, title: true },
      })
    : [];
  const titles = new Map(documents.map((document) => [document.id, document.title]));
  return {
    rows: page.map((entry) => ({
      seq: entry.seq,
      at: entry.at.toISOString(),
      actorName: `${entry.actor.givenName} ${entry.actor.familyName}`,
      actorRole: entry.actorRole,
      action: entry.action,
      documentTitle: entry.resourceId ? (titles.get(entry.resourceId) ?? "Documento non disponibile") : null,
      purpose: entry.purpose,
      outcome: entry.outcome === "DENY" ? "DENY" : "ALLOW",
      reason: entry.reason,
      isSelf: entry.actorId === subject.subjectId,
    })),
    nextCursor: entries.length > pageSize ? (page.at(-1)?.seq ?? null) : null,
  };
}
