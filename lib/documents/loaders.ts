import "server-only";
import { cache } from "react";
import { withAccess } from "@/lib/access/gate";
import { requireActingContext } from "@/lib/delegations/context";
import { db } from "@/lib/db/client";
import { readDocumentContent } from "./content";
import { markDocumentOpened } from "./mutations";
import { countDocuments, documentSummary, getDocument, latestDocumentIdOfType, listDocuments } from "./data";
import type { StoredFile } from "./file-response";
import type { DocumentFilters } from "./schema";

export const DOCUMENTS_PER_PAGE = 20;

/** The documents of the record being consulted, newest first, one page at a time; or the gate's refusal. */
export const loadDocumentList = cache(async (filters: DocumentFilters) => {
  const { actor, subjectId } = await requireActingContext();
  const outcome = await withAccess(
    await db(),
    { actor, action: "document.list", subjectId, purpose: "CONSULTAZIONE" },
    async (subject, tx) => {
      const summary = await documentSummary(tx, subject);
      // Unfiltered (the usual case), the summary's count is the list's; filters need their own count.
      const filtered = Boolean(filters.tipo || filters.dal || filters.al || filters.struttura || filters.testo);
      return {
        page: await listDocuments(tx, subject, filters, DOCUMENTS_PER_PAGE),
        facilities: summary.facilities,
        total: filtered ? await countDocuments(tx, subject, { ...filters, dopo: undefined }) : summary.total,
        years: summary.years,
      };
    },
  );
  return outcome;
});

export const loadLatestDocuments = cache(async () => {
  const { actor, subjectId } = await requireActingContext();
  const outcome = await withAccess(
    await db(),
    { actor, action: "document.list", subjectId, purpose: "CONSULTAZIONE" },
    (subject, tx) => listDocuments(tx, subject, {}, 5),
  );
  return outcome.allowed ? { items: outcome.value.items } : { items: null, reason: outcome.reason };
});

/**
 * One document for its page, with its readable content; null (render notFound) when missing or not
 * visible to this viewer. The content derived when the document was stored is read after the gate's
 * transaction, by the hash it authorized; the PDF itself is not opened.
 */
export const loadDocument = cache(async (documentId: string) => {
  const { actor, subjectId } = await requireActingContext();
  const database = await db();
  const outcome = await withAccess(
    database,
    { actor, action: "document.read", subjectId, documentId, purpose: "CONSULTAZIONE" },
    async (subject, tx) => {
      const detail = await getDocument(tx, subject);
      if (detail) await markDocumentOpened(tx, subject, new Date());
      return detail;
    },
  );
  if (!outcome.allowed || !outcome.value) return null;
  return { detail: outcome.value, content: await readDocumentContent(database, outcome.value) };
});

/**
 * The original file for download or the viewer: its metadata and the hash the gate authorised, which the
 * route streams from the store after the gate's transaction; null when not visible to this viewer.
 */
export async function loadDocumentFile(documentId: string, purpose: "DOWNLOAD" | "VISUALIZZAZIONE"): Promise<StoredFile | null> {
  const { actor, subjectId } = await requireActingContext();
  const outcome = await withAccess(
    await db(),
    { actor, action: "document.download", subjectId, documentId, purpose },
    (subject, tx) => getDocument(tx, subject),
  );
  if (!outcome.allowed || !outcome.value) return null;
  const { title, contentType, fileHash, clinicalDate } = outcome.value;
  return { title, contentType, clinicalDate, hash: fileHash };
}

export const PATIENT_SUMMARY_TYPE = "60591-5";

/** The latest Patient Summary of the record being consulted: found through the list, then read as a document. */
export const loadLatestPatientSummary = cache(async () => {
  const { actor, subjectId } = await requireActingContext();
  const outcome = await withAccess(await db(), { actor, action: "document.list", subjectId, purpose: "PROFILO_SANITARIO" }, (subject, tx) =>
    latestDocumentIdOfType(tx, subject, PATIENT_SUMMARY_TYPE),
  );
  if (!outcome.allowed) return outcome;
  return { allowed: true as const, value: outcome.value ? await loadDocument(outcome.value) : null };
});
