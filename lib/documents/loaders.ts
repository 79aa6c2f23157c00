import "server-only";
import { cache } from "react";
import { withAccess } from "@/lib/access/gate";
import { requireCitizenActor } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { getDocument, listDocuments, listFacilities } from "./data";
import type { DocumentFilters } from "./schema";

export const DOCUMENTS_PER_PAGE = 20;

/** The citizen's own documents, newest first, one page at a time. Null when the gate denies. */
export const loadDocumentList = cache(async (filters: DocumentFilters) => {
  const actor = await requireCitizenActor();
  const outcome = await withAccess(
    await db(),
    { actor, action: "document.list", subjectId: actor.personId, purpose: "CONSULTAZIONE" },
    async (subject, tx) => ({
      page: await listDocuments(tx, subject, filters, DOCUMENTS_PER_PAGE),
      facilities: await listFacilities(tx, subject),
    }),
  );
  return outcome.allowed ? outcome.value : null;
});

export const loadLatestDocuments = cache(async () => {
  const actor = await requireCitizenActor();
  const outcome = await withAccess(
    await db(),
    { actor, action: "document.list", subjectId: actor.personId, purpose: "CONSULTAZIONE" },
    (subject, tx) => listDocuments(tx, subject, {}, 5),
  );
  return outcome.allowed ? { items: outcome.value.items } : { items: null, reason: outcome.reason };
});

/** One document for its page; null (render notFound) when missing or not visible to this viewer. */
export const loadDocument = cache(async (documentId: string) => {
  const actor = await requireCitizenActor();
  const outcome = await withAccess(
    await db(),
    { actor, action: "document.read", subjectId: actor.personId, documentId, purpose: "CONSULTAZIONE" },
    (subject, tx) => getDocument(tx, subject),
  );
  return outcome.allowed ? outcome.value : null;
});
