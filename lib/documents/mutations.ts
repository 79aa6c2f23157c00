import "server-only";
import { AuthorizedSubject } from "@/lib/access/gate";
import type { CdaDocument } from "@/lib/cda/types";
import type { Db, Tx } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import { notify } from "@/lib/notifications/mutations";
import { msg } from "@/lib/i18n/translate";
import type { BlobStore } from "@/lib/storage/blob-store";
import { DERIVED_FORMAT_VERSION, deriveContent, encodeDerived, UNREADABLE_CONTENT, type DerivedContent, type DocumentContent } from "./derive";

/** The citizen's own obscuring (P99) of the document the gate authorized. */
export async function setObscuredByCitizen(tx: Tx, subject: AuthorizedSubject, obscured: boolean): Promise<boolean> {
  AuthorizedSubject.check(subject, "document.visibility");
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

/**
 * The first time the patient, or someone acting for them, opens a document: from then on the list no
 * longer marks it "Nuovo". A professional's or the desk's reading does not count: the citizen has not seen it.
 */
export async function markDocumentOpened(tx: Tx, subject: AuthorizedSubject, now: Date): Promise<void> {
  AuthorizedSubject.check(subject, "document.read");
  if (!subject.documentId || (subject.actor.role !== "CITIZEN" && subject.actor.role !== "DELEGATE")) return;
  await tx.document.updateMany({ where: { id: subject.documentId, patientId: subject.subjectId, firstOpenedAt: null }, data: { firstOpenedAt: now } });
}

// The store pipeline: how a document enters the record, for the seed now and the facilities' API later.
// The file is stored, read once (`deriveContent`), and its derived content stored beside it; the Document
// row and the rows drawn from the same reading (vaccinations, lab results) are then written together.

export type DocumentMetadata = {
  id: string;
  patientId: string;
  facilityId: string;
  typeCode: string;
  classCode: string;
  title: string;
  clinicalDate: Date;
  publishedAt: Date;
  authorName: string;
  confidentiality: string;
  setId: string;
  version: number;
  status: "CURRENT" | "REPLACED";
  contentType: string;
  obscuredAtSource?: boolean;
  /** Set by the seed for documents the demo people have already seen. */
  firstOpenedAt?: Date;
  hiddenFromParents?: boolean;
  hiddenFromPatient?: boolean;
  heightenedProtection?: boolean;
  /** A facility's publication: the gateway's identificativoDoc, its metadata (JSON) and the application. */
  externalId?: string;
  publicationMetadata?: string;
  publishedByAppId?: string;
};

/** A document ready to be written: its file and derived content are already in the blob store. */
export type PreparedDocument = {
  document: DocumentMetadata & { titleSearch: string; fileHash: string; fileSize: number; derivedHash: string };
  vaccinations: {
    id: string;
    patientId: string;
    documentId: string;
    administeredAt: Date;
    vaccineName: string;
    aicCode: string | null;
    atcCode: string | null;
    lot: string | null;
    doseNumber: number | null;
  }[];
  labObservations: {
    id: string;
    patientId: string;
    documentId: string;
    loinc: string;
    name: string;
    numericValue: number | null;
    valueText: string;
    unit: string | null;
    low: number | null;
    high: number | null;
    outOfRange: boolean;
    observedAt: Date;
  }[];
};

/** Vaccinations and lab results as rows: only from a current version, so a replaced report is not counted twice. */
function structuredRows(metadata: DocumentMetadata, cda: CdaDocument | null): Pick<PreparedDocument, "vaccinations" | "labObservations"> {
  if (!cda || metadata.status !== "CURRENT") return { vaccinations: [], labObservations: [] };
  const base = { patientId: metadata.patientId, documentId: metadata.id };
  return {
    vaccinations: cda.vaccinations.map((entry, index) => ({
      ...base,
      id: `${metadata.id}-v${index}`,
      administeredAt: entry.date ? new Date(entry.date) : metadata.clinicalDate,
      vaccineName: entry.name,
      aicCode: entry.aicCode,
      atcCode: entry.atcCode,
      lot: entry.lot,
      doseNumber: entry.doseNumber,
    })),
    labObservations: cda.labResults.flatMap((result, index) =>
      // A result without its LOINC code cannot join a trend; it stays in the document's page.
      result.code
        ? [
            {
              ...base,
              id: `${metadata.id}-l${index}`,
              loinc: result.code,
              name: result.name,
              numericValue: result.numericValue,
              valueText: result.value,
              unit: result.unit,
              low: result.low,
              high: result.high,
              outOfRange: result.outOfRange,
              observedAt: result.effectiveTime ? new Date(result.effectiveTime) : metadata.clinicalDate,
            },
          ]
        : [],
    ),
  };
}

/**
 * Stores a document's file and its derived content, reading the file once; the rows are not written yet.
 * A caller that has already read the file (the ingestion API, which validated it) passes what it read.
 */
export async function prepareDocument(store: BlobStore, file: Uint8Array, metadata: DocumentMetadata, alreadyRead?: CdaDocument): Promise<PreparedDocument> {
  const stored = await store.put(file);
  const derived: DerivedContent = alreadyRead ? { v: DERIVED_FORMAT_VERSION, cda: alreadyRead, error: null } : await deriveContent(file);
  const { hash: derivedHash } = await store.put(encodeDerived(derived));
  return {
    document: { ...metadata, titleSearch: metadata.title.toLowerCase(), fileHash: stored.hash, fileSize: stored.size, derivedHash },
    ...structuredRows(metadata, derived.cda),
  };
}

/** Writes prepared documents with their structured rows (many at once, as the seed does per person). */
export async function insertPreparedDocuments(tx: Tx, prepared: PreparedDocument[]): Promise<void> {
  const documents = prepared.map((item) => item.document);
  const vaccinations = prepared.flatMap((item) => item.vaccinations);
  const labObservations = prepared.flatMap((item) => item.labObservations);
  if (documents.length > 0) await tx.document.createMany({ data: documents });
  if (vaccinations.length > 0) await tx.vaccination.createMany({ data: vaccinations });
  if (labObservations.length > 0) await tx.labObservation.createMany({ data: labObservations });
}

/** The whole pipeline for one document: blobs first (content-addressed, harmless if the rows fail), then the rows in one transaction. */
export async function storeDocument(database: Db, store: BlobStore, file: Uint8Array, metadata: DocumentMetadata): Promise<PreparedDocument> {
  const prepared = await prepareDocument(store, file, metadata);
  await inTransaction(database, (tx) => insertPreparedDocuments(tx, [prepared]));
  return prepared;
}

/**
 * Derives a document stored before its content was derived at storing time (a database seeded by an earlier
 * version), or derived in an older format, and records it, so that only its first view reads the file.
 *
 * Why on first view rather than a backfill at start-up: a backfill would read every old file before the
 * portal could start (minutes on a large record, and again at every format change), while this heals each
 * document once, when someone first needs it. The write only fills in the document's own derived copy of
 * the file the gate has just authorized: nobody sees anything new, so it needs no access-log row of its own.
 * It is conditional on the file being still the same, and idempotent, so concurrent first views are harmless.
 */
export async function deriveStoredDocument(database: Db, store: BlobStore, documentId: string, fileHash: string): Promise<DocumentContent> {
  let file: Buffer;
  try {
    file = await store.get(fileHash);
  } catch {
    // A missing or damaged file is a storage fault, not the document's content: nothing is recorded.
    return { cda: null, error: UNREADABLE_CONTENT };
  }
  const derived = await deriveContent(file);
  const { hash } = await store.put(encodeDerived(derived));
  await database.document.updateMany({ where: { id: documentId, fileHash }, data: { derivedHash: hash } });
  return derived.cda ? { cda: derived.cda, error: null } : { cda: null, error: derived.error };
}
