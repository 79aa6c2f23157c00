import "server-only";
import type { Db, Tx } from "@/lib/db/client";
import type { ApplicationLookup } from "./request-auth";
import type { RegisteredApplication, StatusEvent } from "./types";

// Reads of the ingestion API. None of them opens a patient's data: the registry of applications, the
// spent token ids, the transaction events, and which record a published document belongs to (the
// gate then decides and logs before anything is written).

const APPLICATION_SELECT = {
  id: true,
  name: true,
  commonName: true,
  facilityId: true,
  publicJwk: true,
  revokedAt: true,
  facility: { select: { code: true, name: true } },
} as const;

type ApplicationRow = { id: string; name: string; commonName: string; facilityId: string; publicJwk: string; revokedAt: Date | null; facility: { code: string; name: string } };

function registered(row: ApplicationRow | null): RegisteredApplication | null {
  if (!row) return null;
  return {
    id: row.id,
    name: row.name,
    commonName: row.commonName,
    facilityId: row.facilityId,
    facilityCode: row.facility.code,
    facilityName: row.facility.name,
    publicJwk: row.publicJwk,
    revoked: row.revokedAt !== null,
  };
}

export function applicationLookup(database: Db): ApplicationLookup {
  return {
    byCertificate: async (sha256) => registered(await database.facilityApplication.findUnique({ where: { certificateSha256: sha256 }, select: APPLICATION_SELECT })),
    byKeyId: async (kid) => registered(await database.facilityApplication.findUnique({ where: { keyId: kid }, select: APPLICATION_SELECT })),
    isSpent: async (applicationId, jti) => (await database.ingestionTokenUse.findUnique({ where: { applicationId_jti: { applicationId, jti } }, select: { jti: true } })) !== null,
  };
}

/** The transaction of a successful VALIDATION of this very CDA by this application: what a later publication must show. */
export async function validationOf(database: Db, applicationId: string, cdaHash: string): Promise<string | null> {
  const event = await database.ingestionEvent.findFirst({
    where: { cdaHash, applicationId, eventType: "VALIDATION", eventStatus: "SUCCESS" },
    orderBy: { at: "desc" },
    select: { workflowInstanceId: true },
  });
  return event?.workflowInstanceId ?? null;
}

export type PublishedDocument = { id: string; patientId: string; facilityId: string; setId: string; version: number; status: string };

/** The document a facility names by its identificativoDoc, in force or not. */
export async function publishedDocument(tx: Tx | Db, externalId: string): Promise<PublishedDocument | null> {
  return tx.document.findUnique({
    where: { externalId },
    select: { id: true, patientId: true, facilityId: true, setId: true, version: true, status: true },
  });
}

export async function personIdByFiscalCode(tx: Tx, fiscalCode: string): Promise<string | null> {
  return (await tx.person.findUnique({ where: { fiscalCode }, select: { id: true } }))?.id ?? null;
}

/** A transaction's events, for the application that started it only: another facility learns nothing of it. */
export async function statusEvents(database: Db, applicationId: string, by: { workflowInstanceId: string } | { traceId: string }): Promise<StatusEvent[]> {
  const rows = await database.ingestionEvent.findMany({ where: { ...by, applicationId }, orderBy: { at: "asc" }, take: 200 });
  return rows.map((row) => ({
    eventType: row.eventType,
    eventDate: row.at.toISOString(),
    eventStatus: row.eventStatus,
    ...(row.message ? { message: row.message } : {}),
    ...(row.identificativoDoc ? { identificativoDocumento: row.identificativoDoc } : {}),
    ...(row.subject ? { subject: row.subject } : {}),
    ...(row.subjectRole ? { subjectRole: row.subjectRole } : {}),
    ...(row.clinicalActivity ? { tipoAttivita: row.clinicalActivity } : {}),
    ...(row.organization ? { organizzazione: row.organization } : {}),
    workflowInstanceId: row.workflowInstanceId,
    traceId: row.traceId,
    issuer: row.issuer,
  }));
}
