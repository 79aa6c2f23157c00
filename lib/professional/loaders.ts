import "server-only";
import { cache } from "react";
import { withAccess, type AccessRequest } from "@/lib/access/gate";
import { currentProfessional } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { readDocumentContent } from "@/lib/documents/content";
import { documentSummary, getDocument, latestDocumentIdOfType, listDocuments } from "@/lib/documents/data";
import type { StoredFile } from "@/lib/documents/file-response";
import type { DocumentFilters } from "@/lib/documents/schema";
import { listNotebook, notebookFile } from "@/lib/notebook/data";
import { activeEmergency, patientHeader } from "./data";
import { essentialSections } from "./essentials";

const PATIENT_SUMMARY_TYPE = "60591-5";

/** The professional's request for a patient: under consent, or under the emergency access in force. */
async function professionalRequest(subjectId: string, action: AccessRequest["action"], documentId?: string): Promise<AccessRequest | null> {
  const professional = await currentProfessional();
  if (!professional) return null;
  const emergency = await activeEmergency(await db(), professional.actor.personId, subjectId, new Date());
  return {
    actor: professional.actor,
    action,
    subjectId,
    purpose: "CURA",
    ...(documentId ? { documentId } : {}),
    ...(emergency ? { emergencyReason: emergency.reason } : {}),
  };
}

export const loadPatientRecord = cache(async (subjectId: string, filters: DocumentFilters) => {
  const request = await professionalRequest(subjectId, "document.list");
  if (!request) return null;
  const outcome = await withAccess(await db(), request, async (subject, tx) => ({
    patient: await patientHeader(tx, subject),
    page: await listDocuments(tx, subject, filters, 20),
    facilities: (await documentSummary(tx, subject)).facilities,
    summaryId: await latestDocumentIdOfType(tx, subject, PATIENT_SUMMARY_TYPE),
    // Only the notes the citizen chose to share; shown once, above the first page of documents.
    notebook: filters.dopo ? [] : (await listNotebook(tx, subject, undefined)).items,
    emergency: subject.basis === "EMERGENCY",
  }));
  return outcome.allowed ? outcome.value : null;
});

/**
 * Allergies, therapy and problems from the latest Patient Summary the professional may see, read as that
 * document (its own gate decision and log row); null when there is none or it is refused.
 */
export const loadPatientEssentials = cache(async (subjectId: string, summaryId: string) => {
  const record = await loadPatientDocument(subjectId, summaryId);
  if (!record || !record.content.cda) return null;
  return { documentId: summaryId, date: record.detail.clinicalDate, author: record.detail.authorName, sections: essentialSections(record.content.cda) };
});

export const loadPatientDocument = cache(async (subjectId: string, documentId: string) => {
  const request = await professionalRequest(subjectId, "document.read", documentId);
  if (!request) return null;
  const database = await db();
  const outcome = await withAccess(database, request, async (subject, tx) => ({
    patient: await patientHeader(tx, subject),
    detail: await getDocument(tx, subject),
  }));
  if (!outcome.allowed || !outcome.value.detail) return null;
  return { ...outcome.value, detail: outcome.value.detail, content: await readDocumentContent(database, outcome.value.detail) };
});

/** The file's metadata and authorised hash; the route streams it after the gate's transaction. */
export async function loadPatientDocumentFile(subjectId: string, documentId: string): Promise<StoredFile | null> {
  const request = await professionalRequest(subjectId, "document.download", documentId);
  if (!request) return null;
  const outcome = await withAccess(await db(), request, (subject, tx) => getDocument(tx, subject));
  if (!outcome.allowed || !outcome.value) return null;
  return { title: outcome.value.title, contentType: outcome.value.contentType, hash: outcome.value.fileHash };
}

/** A file from the patient's notebook, only if the patient shared that entry with professionals. */
export async function loadPatientNotebookFile(subjectId: string, entryId: string): Promise<StoredFile | null> {
  const request = await professionalRequest(subjectId, "document.download");
  if (!request) return null;
  const outcome = await withAccess(await db(), { ...request, resource: { type: "NOTEBOOK_ENTRY", id: entryId }, purpose: "TACCUINO_FILE" }, (subject, tx) =>
    notebookFile(tx, subject, entryId),
  );
  if (!outcome.allowed || !outcome.value) return null;
  return { title: outcome.value.title, contentType: outcome.value.type, clinicalDate: outcome.value.createdAt, hash: outcome.value.hash };
}
