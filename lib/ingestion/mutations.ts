import "server-only";
import { randomUUID } from "node:crypto";
import { AuthorizedSubject } from "@/lib/access/gate";
import type { CdaDocument } from "@/lib/cda/types";
import type { Tx } from "@/lib/db/client";
import { insertPreparedDocuments, type PreparedDocument } from "@/lib/documents/mutations";
import { msg } from "@/lib/i18n/translate";
import { notify } from "@/lib/notifications/mutations";
import { readFiscalCode } from "@/lib/people/fiscal-code";
import type { MetadataRequest } from "./schema";

// The ingestion API's writes. Each runs in the transaction that holds the gate's access-log row for the
// publishing application; a document changes only under an AuthorizedSubject minted for document.publish.

/** The visibility codes of attiCliniciRegoleAccesso (national event codes) as the document's flags. */
export function visibilityOf(rules: string[] | undefined) {
  const codes = new Set((rules ?? []).map((rule) => rule.trim().toUpperCase()));
  return {
    obscuredAtSource: codes.has("P99") && !codes.has("P00"),
    hiddenFromParents: codes.has("P97"),
    hiddenFromPatient: codes.has("P98"),
  };
}

/** Spends the tokens' ids: the primary key refuses a second use, even by a request running at the same time. */
export async function spendTokens(tx: Tx, applicationId: string, uses: { jti: string; expiresAt: Date }[], now: Date): Promise<void> {
  await tx.ingestionTokenUse.deleteMany({ where: { expiresAt: { lt: now } } });
  await tx.ingestionTokenUse.createMany({ data: uses.map((use) => ({ applicationId, jti: use.jti, expiresAt: use.expiresAt })) });
}

export type EventFields = {
  workflowInstanceId: string;
  traceId: string;
  eventType: "VALIDATION" | "PUBLICATION" | "REPLACE" | "DELETE" | "UPDATE";
  applicationId: string;
  issuer: string;
  subject: string;
  subjectRole: string;
  organization: string;
  documentId?: string;
  identificativoDoc?: string;
  clinicalActivity?: string;
  cdaHash?: string;
  message?: string;
};

export async function recordEvent(tx: Tx, fields: EventFields, now: Date): Promise<void> {
  await tx.ingestionEvent.create({ data: { id: randomUUID(), eventStatus: "SUCCESS", at: now, ...fields } });
}

/**
 * The patient's record, created from the CDA header when the person is new: every assisted person has an
 * FSE, and a lab may publish before the citizen ever logs in. Birth date and sex come from the header, or
 * from the fiscal code when the header lacks them.
 */
export async function ensurePerson(tx: Tx, fiscalCode: string, patient: CdaDocument["patient"], now: Date): Promise<string> {
  const existing = await tx.person.findUnique({ where: { fiscalCode }, select: { id: true } });
  if (existing) return existing.id;
  const facts = readFiscalCode(fiscalCode, now);
  const birthDate = patient.birthDate ? new Date(patient.birthDate) : facts?.birthDate;
  const sex = patient.sex === "M" || patient.sex === "F" ? patient.sex : facts?.sex;
  const created = await tx.person.create({
    data: {
      id: randomUUID(),
      fiscalCode,
      givenName: patient.givenName.slice(0, 200) || fiscalCode,
      familyName: patient.familyName.slice(0, 200),
      birthDate: birthDate && !Number.isNaN(birthDate.getTime()) ? birthDate : new Date(0),
      sex: sex ?? "M",
    },
    select: { id: true },
  });
  return created.id;
}

const NEW_DOCUMENT = msg("Nel tuo fascicolo c'è un documento nuovo o aggiornato. Lo trovi tra i tuoi documenti.");

/** Writes a newly published document and its structured rows, and tells the citizen. */
export async function insertPublished(tx: Tx, subject: AuthorizedSubject, prepared: PreparedDocument, now: Date): Promise<void> {
  AuthorizedSubject.check(subject, "document.publish");
  if (prepared.document.patientId !== subject.subjectId) throw new Error("the prepared document belongs to another record");
  await insertPreparedDocuments(tx, [prepared]);
  await notify(tx, subject.subjectId, "DOCUMENT_PUBLISHED", NEW_DOCUMENT, now);
}

/** Removes a version's structured rows, so a replaced or withdrawn report is not counted in trends. */
async function dropStructuredRows(tx: Tx, documentId: string): Promise<void> {
  await tx.vaccination.deleteMany({ where: { documentId } });
  await tx.labObservation.deleteMany({ where: { documentId } });
}

/** A new version replaces the one in force: the old one is kept, marked replaced and linked to the new. */
export async function replacePublished(tx: Tx, subject: AuthorizedSubject, prepared: PreparedDocument, now: Date): Promise<boolean> {
  AuthorizedSubject.check(subject, "document.publish");
  const oldId = subject.documentId;
  if (!oldId) return false;
  const marked = await tx.document.updateMany({
    where: { id: oldId, patientId: subject.subjectId, status: "CURRENT" },
    data: { status: "REPLACED", replacedById: prepared.document.id },
  });
  if (marked.count !== 1) return false;
  await dropStructuredRows(tx, oldId);
  await insertPreparedDocuments(tx, [prepared]);
  await notify(tx, subject.subjectId, "DOCUMENT_PUBLISHED", NEW_DOCUMENT, now);
  return true;
}

/** Withdraws a document: the citizen no longer sees it; its row and its access-log history stay. */
export async function withdrawPublished(tx: Tx, subject: AuthorizedSubject, now: Date): Promise<boolean> {
  AuthorizedSubject.check(subject, "document.publish");
  if (!subject.documentId) return false;
  const changed = await tx.document.updateMany({
    where: { id: subject.documentId, patientId: subject.subjectId, status: { not: "WITHDRAWN" } },
    data: { status: "WITHDRAWN", withdrawnAt: now },
  });
  if (changed.count !== 1) return false;
  await dropStructuredRows(tx, subject.documentId);
  return true;
}

/** The publication metadata sent again: stored, and the visibility it carries applies on the next request. */
export async function updatePublishedMetadata(tx: Tx, subject: AuthorizedSubject, metadata: MetadataRequest): Promise<boolean> {
  AuthorizedSubject.check(subject, "document.publish");
  if (!subject.documentId) return false;
  const changed = await tx.document.updateMany({
    where: { id: subject.documentId, patientId: subject.subjectId, status: "CURRENT" },
    data: { ...visibilityOf(metadata.attiCliniciRegoleAccesso), classCode: metadata.tipoDocumentoLivAlto, publicationMetadata: JSON.stringify(metadata) },
  });
  return changed.count === 1;
}
