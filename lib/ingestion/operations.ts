import "server-only";
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { withAccessInTransaction, type AuthorizedSubject } from "@/lib/access/gate";
import { notifySealer } from "@/lib/access/sealer";
import type { Actor } from "@/lib/access/types";
import type { CdaDocument } from "@/lib/cda/types";
import type { Db, Tx } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import { prepareDocument, type DocumentMetadata, type PreparedDocument } from "@/lib/documents/mutations";
import type { BlobStore } from "@/lib/storage/blob-store";
import { checkCda, type CheckedCda } from "./cda-check";
import { applicationLookup, personIdByFiscalCode, publishedDocument, statusEvents, validationOf, type PublishedDocument } from "./data";
import { readJson, readMultipart } from "./multipart";
import { ensurePerson, insertPublished, recordEvent, replacePublished, spendTokens, updatePublishedMetadata, visibilityOf, withdrawPublished, type EventFields } from "./mutations";
import { IngestionProblem, problemBody } from "./problem";
import { verifyGatewayTokens, verifyStatusToken, type OperationKind, type VerifiedRequest } from "./request-auth";
import {
  creationRequestSchema,
  metadataRequestSchema,
  parseRequestBody,
  replaceRequestSchema,
  validateAndCreateRequestSchema,
  validateAndReplaceRequestSchema,
  validationRequestSchema,
  type DocumentRequest,
} from "./schema";
import type { Trace } from "./types";

// The gateway's services over Fascicolo's own repository and registry (decision 0017). Each service reads
// the request within limits, verifies the tokens, checks the document, and writes everything it writes in
// one transaction with the gate's access-log row; any refusal is the gateway's RFC 7807 answer and leaves
// no row behind.

export type IngestionContext = {
  database: Db;
  store: BlobStore;
  audience: string;
  organizationId: string;
  maxFileBytes: number;
  now?: () => Date;
};

export type GatewayAnswer = { status: number; body: Record<string, unknown> };

function newTrace(): Trace {
  const id = randomBytes(8).toString("hex");
  return { traceId: id, spanId: id };
}

/** The gateway's workflowInstanceId: the region's OID arc, the CDA's hash, a random suffix (guide §3.2). */
function workflowInstanceId(organizationId: string, cdaHash: string): string {
  return `2.16.840.1.113883.2.9.2.${organizationId}.4.4.${cdaHash}.${randomBytes(5).toString("hex")}^^^^urn:ihe:iti:xdw:2013:workflowInstanceId`;
}

/** Runs a service and turns any refusal into the gateway's problem body; an unexpected fault is a 500 without details. */
export async function answer(work: (trace: Trace) => Promise<GatewayAnswer>): Promise<GatewayAnswer> {
  const trace = newTrace();
  try {
    return await work(trace);
  } catch (error) {
    const problem =
      error instanceof IngestionProblem
        ? error
        : isUniqueViolation(error)
          ? new IngestionProblem("CONFLICT", "Esiste già un documento con questo identificativoDoc.")
          : null;
    if (problem) {
      const body = problemBody(problem, trace);
      return { status: body.status, body };
    }
    console.error(`[fse-api] trace ${trace.traceId}:`, error);
    return { status: 500, body: problemBody(new IngestionProblem("GENERIC_ERROR", "Errore interno: la richiesta non è stata eseguita."), trace) };
  }
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: string }).code === "P2002";
}

function success(trace: Trace, status: number, fields: { workflowInstanceId?: string; warnings?: string[] }): GatewayAnswer {
  const warning = fields.warnings?.length ? fields.warnings.join(" | ").slice(0, 200_000) : undefined;
  return {
    status,
    body: {
      traceID: trace.traceId,
      spanID: trace.spanId,
      ...(fields.workflowInstanceId ? { workflowInstanceId: fields.workflowInstanceId } : {}),
      ...(warning ? { warning } : {}),
    },
  };
}

function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

function facilityActor(verified: VerifiedRequest): Actor {
  const { application } = verified;
  return { personId: application.id, role: "FACILITY", displayName: `${application.facilityName} (${application.name})`, facilityId: application.facilityId };
}

function verify(context: IngestionContext, request: Request, operation: OperationKind, fileHash: string | null) {
  return verifyGatewayTokens(request.headers, operation, fileHash, applicationLookup(context.database), {
    audience: context.audience,
    organizationId: context.organizationId,
    now: context.now?.(),
  });
}

function eventBase(verified: VerifiedRequest, trace: Trace, workflowInstanceId: string): Omit<EventFields, "eventType"> {
  return {
    workflowInstanceId,
    traceId: trace.traceId,
    applicationId: verified.application.id,
    issuer: verified.issuer,
    subject: verified.subject,
    subjectRole: verified.subjectRole,
    organization: verified.organizationId,
  };
}

/** A gate refusal as the API says it: the facility learns no more than that it may not. */
function refusal(reason: string): IngestionProblem {
  if (reason === "NOT_PUBLISHER") return new IngestionProblem("FORBIDDEN", "Il documento è stato pubblicato da un'altra struttura: solo quella può modificarlo.");
  if (reason === "NOT_FOUND") return new IngestionProblem("RECORD_NOT_FOUND", "Documento non trovato.");
  return new IngestionProblem("FORBIDDEN", "L'applicazione non è abilitata a questa operazione.");
}

/** What the access log says the facility did: each is worded on the citizen's page. */
type PublicationPurpose = "PUBBLICAZIONE" | "SOSTITUZIONE" | "RITIRO" | "METADATI";

/** Runs `work` behind the gate in one transaction with the tokens spent; commits, then wakes the sealer. */
async function behindGate<T>(
  context: IngestionContext,
  verified: VerifiedRequest,
  target: { subjectId: string | ((tx: Tx) => Promise<string>); documentId?: string; newDocumentId?: string; purpose: PublicationPurpose },
  work: (subject: AuthorizedSubject, tx: Tx) => Promise<T>,
): Promise<T> {
  const now = context.now?.() ?? new Date();
  const outcome = await inTransaction(context.database, async (tx) => {
    await spendTokens(tx, verified.application.id, verified.tokenUses, now);
    const subjectId = typeof target.subjectId === "string" ? target.subjectId : await target.subjectId(tx);
    // A refusal commits only its log row and the spent tokens: the request cannot be replayed either.
    return withAccessInTransaction(
      tx,
      {
        actor: facilityActor(verified),
        action: "document.publish",
        subjectId,
        purpose: target.purpose,
        ...(target.documentId ? { documentId: target.documentId } : {}),
        // A new document is named in its patient's log, so the row says which one arrived.
        ...(target.newDocumentId ? { resource: { type: "DOCUMENT", id: target.newDocumentId } } : {}),
      },
      work,
      now,
    );
  });
  notifySealer(context.database);
  if (!outcome.allowed) throw refusal(outcome.reason);
  return outcome.value;
}

function documentMetadata(
  body: DocumentRequest,
  cda: CdaDocument,
  verified: VerifiedRequest,
  identity: { id: string; patientId: string; setId: string; version: number },
  now: Date,
): DocumentMetadata {
  const started = body.dataInizioPrestazione ? hl7ToDate(body.dataInizioPrestazione) : null;
  const clinicalDate = cda.effectiveTime ? new Date(cda.effectiveTime) : (started ?? now);
  const { identificativoDoc, ...publicationMetadata } = body;
  return {
    ...identity,
    facilityId: verified.application.facilityId,
    typeCode: cda.typeCode ?? verified.documentType ?? "",
    classCode: body.tipoDocumentoLivAlto,
    title: (cda.title || cda.typeDisplay || "Documento").slice(0, 300),
    clinicalDate,
    publishedAt: now,
    authorName: cda.author.name.slice(0, 200),
    confidentiality: cda.confidentiality ?? "N",
    status: "CURRENT",
    contentType: "application/pdf",
    ...visibilityOf(body.attiCliniciRegoleAccesso),
    heightenedProtection: cda.confidentiality === "V",
    externalId: identificativoDoc,
    publicationMetadata: JSON.stringify(publicationMetadata),
    publishedByAppId: verified.application.id,
  };
}

function hl7ToDate(value: string): Date {
  const [, y, mo, d, h, mi, s] = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(value)!;
  return new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s)));
}

/** The prepared rows filed under the record the transaction found or created. */
function filedUnder(prepared: PreparedDocument, patientId: string): PreparedDocument {
  return {
    document: { ...prepared.document, patientId },
    vaccinations: prepared.vaccinations.map((row) => ({ ...row, patientId })),
    labObservations: prepared.labObservations.map((row) => ({ ...row, patientId })),
  };
}

async function readDocumentRequest(context: IngestionContext, request: Request, schema: typeof creationRequestSchema | typeof validateAndCreateRequestSchema | typeof replaceRequestSchema | typeof validateAndReplaceRequestSchema, operation: OperationKind) {
  const upload = await readMultipart(request, context.maxFileBytes);
  const body = parseRequestBody(schema, upload.requestBody) as DocumentRequest;
  const verified = await verify(context, request, operation, sha256(upload.file));
  const checked = await checkCda(upload.file, body.mode, verified, (hash) => workflowInstanceId(context.organizationId, hash));
  return { file: upload.file, body, verified, checked };
}

/** POST documents/validation: VERIFICA checks only; VALIDATION also records the check for a later publication. */
export async function validateDocument(context: IngestionContext, request: Request): Promise<GatewayAnswer> {
  return answer(async (trace) => {
    const upload = await readMultipart(request, context.maxFileBytes);
    const body = parseRequestBody(validationRequestSchema, upload.requestBody);
    const verified = await verify(context, request, "VALIDATION", sha256(upload.file));
    const checked = await checkCda(upload.file, body.mode, verified, (hash) => workflowInstanceId(context.organizationId, hash));
    const now = context.now?.() ?? new Date();
    await inTransaction(context.database, async (tx) => {
      await spendTokens(tx, verified.application.id, verified.tokenUses, now);
      if (body.activity === "VALIDATION") {
        await recordEvent(tx, { ...eventBase(verified, trace, checked.workflowInstanceId), eventType: "VALIDATION", cdaHash: checked.cdaHash }, now);
      }
    });
    return success(trace, body.activity === "VALIDATION" ? 201 : 200, { workflowInstanceId: checked.workflowInstanceId, warnings: checked.warnings });
  });
}

async function refuseDuplicate(context: IngestionContext, externalId: string): Promise<void> {
  if (await publishedDocument(context.database, externalId)) throw new IngestionProblem("CONFLICT", "Esiste già un documento con questo identificativoDoc.");
}

async function publishChecked(context: IngestionContext, trace: Trace, input: { file: Uint8Array; body: DocumentRequest; verified: VerifiedRequest; checked: CheckedCda & { workflowInstanceId: string } }, validatedNow: boolean) {
  const { file, body, verified, checked } = input;
  const now = context.now?.() ?? new Date();
  const id = randomUUID();
  const knownPatient = await inTransaction(context.database, (tx) => personIdByFiscalCode(tx, verified.patientFiscalCode));
  // A publication starts its own series, named by its identificativoDoc (unique): replacements continue it.
  const setId = body.identificativoDoc;
  const prepared = await prepareDocument(context.store, file, documentMetadata(body, checked.cda, verified, { id, patientId: knownPatient ?? "", setId, version: 1 }, now), checked.cda);
  await behindGate(
    context,
    verified,
    { subjectId: (tx) => ensurePerson(tx, verified.patientFiscalCode, checked.cda.patient, now), newDocumentId: id, purpose: "PUBBLICAZIONE" },
    async (subject, tx) => {
      await insertPublished(tx, subject, filedUnder(prepared, subject.subjectId), now);
      const base = { ...eventBase(verified, trace, checked.workflowInstanceId), documentId: id, identificativoDoc: body.identificativoDoc, clinicalActivity: body.tipoAttivitaClinica };
      if (validatedNow) await recordEvent(tx, { ...base, eventType: "VALIDATION", cdaHash: checked.cdaHash }, now);
      await recordEvent(tx, { ...base, eventType: "PUBLICATION", cdaHash: checked.cdaHash }, now);
    },
  );
  return success(trace, 202, { workflowInstanceId: checked.workflowInstanceId, warnings: checked.warnings });
}

/** POST documents (after a VALIDATION of the same CDA) and POST documents/validate-and-create. */
export async function createDocument(context: IngestionContext, request: Request, validateFirst: boolean): Promise<GatewayAnswer> {
  return answer(async (trace) => {
    const input = await readDocumentRequest(context, request, validateFirst ? validateAndCreateRequestSchema : creationRequestSchema, "CREATE");
    if (!validateFirst) {
      const validated = await validationOf(context.database, input.verified.application.id, input.checked.cdaHash);
      const claimed = input.body.workflowInstanceId?.trim();
      if (!validated || (claimed && claimed !== validated)) throw new IngestionProblem("CDA_MATCH", "Il CDA non risulta validato.");
      input.checked.workflowInstanceId = validated;
    }
    await refuseDuplicate(context, input.body.identificativoDoc);
    return publishChecked(context, trace, input, validateFirst);
  });
}

/** The document a facility names, in force, and on the record of the patient the tokens name. */
async function documentInForce(context: IngestionContext, idDoc: string, verified: VerifiedRequest): Promise<PublishedDocument> {
  const document = await publishedDocument(context.database, idDoc.trim());
  if (!document || document.status !== "CURRENT") throw new IngestionProblem("RECORD_NOT_FOUND", "Documento non trovato.");
  const patientId = await inTransaction(context.database, (tx) => personIdByFiscalCode(tx, verified.patientFiscalCode));
  if (patientId !== document.patientId) throw new IngestionProblem("JWT_VALIDATION", "Il claim person_id non corrisponde al paziente del documento.");
  return document;
}

/** PUT documents/{idDoc} and PUT documents/validate-and-replace/{idDoc}: a new version, the old one kept. */
export async function replaceDocument(context: IngestionContext, request: Request, idDoc: string, validateFirst: boolean): Promise<GatewayAnswer> {
  return answer(async (trace) => {
    const input = await readDocumentRequest(context, request, validateFirst ? validateAndReplaceRequestSchema : replaceRequestSchema, "REPLACE");
    const { body, verified, checked } = input;
    if (!validateFirst) {
      const validated = await validationOf(context.database, verified.application.id, checked.cdaHash);
      if (!validated) throw new IngestionProblem("CDA_MATCH", "Il CDA non risulta validato.");
      checked.workflowInstanceId = validated;
    }
    const old = await documentInForce(context, idDoc, verified);
    await refuseDuplicate(context, body.identificativoDoc);
    const now = context.now?.() ?? new Date();
    const id = randomUUID();
    const prepared = await prepareDocument(
      context.store,
      input.file,
      documentMetadata(body, checked.cda, verified, { id, patientId: old.patientId, setId: old.setId, version: old.version + 1 }, now),
      checked.cda,
    );
    const replaced = await behindGate(context, verified, { subjectId: old.patientId, documentId: old.id, purpose: "SOSTITUZIONE" }, async (subject, tx) => {
      if (!(await replacePublished(tx, subject, prepared, now))) return false;
      const base = { ...eventBase(verified, trace, checked.workflowInstanceId), documentId: id, identificativoDoc: body.identificativoDoc, clinicalActivity: body.tipoAttivitaClinica };
      if (validateFirst) await recordEvent(tx, { ...base, eventType: "VALIDATION", cdaHash: checked.cdaHash }, now);
      await recordEvent(tx, { ...base, eventType: "REPLACE", cdaHash: checked.cdaHash }, now);
      return true;
    });
    if (!replaced) throw new IngestionProblem("RECORD_NOT_FOUND", "Documento non trovato: è già stato sostituito o ritirato.");
    return success(trace, 202, { workflowInstanceId: checked.workflowInstanceId, warnings: checked.warnings });
  });
}

/** DELETE documents/{idDoc}: withdrawn from the record; its row and its access-log history stay. */
export async function deleteDocument(context: IngestionContext, request: Request, idDoc: string): Promise<GatewayAnswer> {
  return answer(async (trace) => {
    if (!idDoc.trim() || idDoc.length > 256) throw new IngestionProblem("MANDATORY_ELEMENT", "Il campo identificativo documento deve essere valorizzato.");
    const verified = await verify(context, request, "DELETE", null);
    const document = await documentInForce(context, idDoc, verified);
    const now = context.now?.() ?? new Date();
    const workflow = workflowInstanceId(context.organizationId, sha256(Buffer.from(idDoc)));
    const withdrawn = await behindGate(context, verified, { subjectId: document.patientId, documentId: document.id, purpose: "RITIRO" }, async (subject, tx) => {
      if (!(await withdrawPublished(tx, subject, now))) return false;
      await recordEvent(tx, { ...eventBase(verified, trace, workflow), eventType: "DELETE", documentId: document.id, identificativoDoc: idDoc }, now);
      return true;
    });
    if (!withdrawn) throw new IngestionProblem("RECORD_NOT_FOUND", "Documento non trovato.");
    return success(trace, 200, { workflowInstanceId: workflow });
  });
}

/** PUT documents/{idDoc}/metadata: the publication metadata changed at source (visibility among them). */
export async function updateMetadata(context: IngestionContext, request: Request, idDoc: string): Promise<GatewayAnswer> {
  return answer(async (trace) => {
    const metadata = parseRequestBody(metadataRequestSchema, await readJson(request));
    const verified = await verify(context, request, "UPDATE_METADATA", null);
    const document = await documentInForce(context, idDoc, verified);
    const now = context.now?.() ?? new Date();
    const workflow = workflowInstanceId(context.organizationId, sha256(Buffer.from(idDoc)));
    const updated = await behindGate(context, verified, { subjectId: document.patientId, documentId: document.id, purpose: "METADATI" }, async (subject, tx) => {
      if (!(await updatePublishedMetadata(tx, subject, metadata))) return false;
      await recordEvent(tx, { ...eventBase(verified, trace, workflow), eventType: "UPDATE", documentId: document.id, identificativoDoc: idDoc, clinicalActivity: metadata.tipoAttivitaClinica }, now);
      return true;
    });
    if (!updated) throw new IngestionProblem("RECORD_NOT_FOUND", "Documento non trovato.");
    return success(trace, 200, { workflowInstanceId: workflow });
  });
}

/** GET status/{workflowInstanceId} and status/search/{traceId}: the events of the caller's own transactions. */
export async function transactionStatus(context: IngestionContext, request: Request, by: { workflowInstanceId: string } | { traceId: string }): Promise<GatewayAnswer> {
  return answer(async (trace) => {
    const key = "workflowInstanceId" in by ? by.workflowInstanceId : by.traceId;
    if (!key.trim() || key.length > 256) throw new IngestionProblem("MANDATORY_ELEMENT", "L'identificativo della transazione deve essere valorizzato.");
    const application = await verifyStatusToken(request.headers, applicationLookup(context.database), { audience: context.audience, organizationId: context.organizationId, now: context.now?.() });
    const events = await statusEvents(context.database, application.id, by);
    if (events.length === 0) throw new IngestionProblem("RECORD_NOT_FOUND", "No Record Found");
    return { status: 200, body: { traceID: trace.traceId, spanID: trace.spanId, transactionData: events } };
  });
}
