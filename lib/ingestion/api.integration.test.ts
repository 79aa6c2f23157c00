import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/test/database";
import { AUDIENCE, documentRequest, ingestionContext, labHeaders, publicationMetadata, registerLab, sample, type TestLab } from "@/lib/test/ingestion";
import { revokeApplication } from "@/lib/facilities/mutations";
import { gatewayHeaders, multipartBody } from "./gateway-client";
import { sealPending } from "@/lib/access/mutations";
import { createDocument, deleteDocument, replaceDocument, transactionStatus, updateMetadata, validateDocument, type IngestionContext } from "./operations";

// The gateway's services against a real database, as a lab's client calls them: what is stored, what the
// citizen's record then holds, what the access log says, and what each refusal answers.

const LAB_PATIENT = "GTWGWY82B42G920M"; // the patient of the official LAB, LDO, RAD and VPS samples
const LAB_TYPE = "11502-2";

let t: TestDatabase;
let context: IngestionContext;
let lab: TestLab;
let otherLab: TestLab;
let counter = 0;
const nextId = () => `2.16.840.1.113883.2.9.2.120.4.4^TEST${Date.now()}${counter++}`;

const labPdf = sample("pdf", "LAB");
const publishLab = (identificativoDoc: string, overrides: Record<string, unknown> = {}, from: TestLab = lab) =>
  documentRequest(from, "documents/validate-and-create", {
    file: labPdf,
    body: publicationMetadata(identificativoDoc, overrides),
    claims: { patient: LAB_PATIENT, actionId: "CREATE", documentType: LAB_TYPE },
  });

beforeAll(async () => {
  t = await createTestDatabase();
  context = ingestionContext(t.db);
  lab = await registerLab(t.db, "120301", "LABTEST120301");
  otherLab = await registerLab(t.db, "120999", "LABALTRO120999");
});
afterAll(() => t.close());

describe("publication", () => {
  it("validate-and-create stores the document, creates the new patient's record, logs the facility and tells the citizen", async () => {
    const id = nextId();
    const answer = await createDocument(context, await publishLab(id), true);
    expect(answer.status).toBe(202);
    expect(answer.body).toMatchObject({ traceID: expect.any(String), spanID: expect.any(String), workflowInstanceId: expect.stringMatching(/^2\.16\.840\.1\.113883\.2\.9\.2\.120\.4\.4\.[0-9a-f]{64}\.[0-9a-f]{10}\^\^\^\^urn:ihe:iti:xdw:2013:workflowInstanceId$/) });
    const document = await t.db.document.findUniqueOrThrow({ where: { externalId: id }, include: { patient: true } });
    expect(document).toMatchObject({ status: "CURRENT", typeCode: LAB_TYPE, classCode: "REF", facilityId: "fac-120301", publishedByAppId: lab.applicationId });
    expect(document.patient.fiscalCode).toBe(LAB_PATIENT);
    expect(document.derivedHash).toBeTruthy();
    expect(JSON.parse(document.publicationMetadata!)).toMatchObject({ tipoAttivitaClinica: "CON", assettoOrganizzativo: "AD_PSC001" });
    const labRows = await t.db.labObservation.count({ where: { documentId: document.id } });
    expect(labRows).toBeGreaterThan(0);
    const log = await t.db.accessLogEntry.findFirstOrThrow({ where: { subjectId: document.patientId, action: "document.publish" } });
    expect(log).toMatchObject({ actorId: lab.applicationId, actorRole: "FACILITY", basis: "PUBLICATION", outcome: "ALLOW", purpose: "PUBBLICAZIONE" });
    const notice = await t.db.notification.findFirstOrThrow({ where: { personId: document.patientId, kind: "DOCUMENT_PUBLISHED" } });
    expect(notice.text).not.toMatch(/laborator|glucos|emoglobin/i);
    await sealPending(t.db);
  });

  it("a second create with the same identificativoDoc is the gateway's conflict, and writes nothing", async () => {
    const id = nextId();
    expect((await createDocument(context, await publishLab(id), true)).status).toBe(202);
    const before = await t.db.document.count();
    const again = await createDocument(context, await publishLab(id), true);
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ type: "/msg/conflict", status: 409 });
    expect(await t.db.document.count()).toBe(before);
  });

  it("the same identificativoDoc published twice at the same time is stored exactly once", async () => {
    const id = nextId();
    const [first, second] = await Promise.all([createDocument(context, await publishLab(id), true), createDocument(context, await publishLab(id), true)]);
    expect([first.status, second.status].sort()).toEqual([202, 409]);
    expect(await t.db.document.count({ where: { externalId: id } })).toBe(1);
  });

  it("POST documents needs an earlier VALIDATION of the same CDA; VERIFICA does not count", async () => {
    const id = nextId();
    const create = async () =>
      createDocument(context, await documentRequest(lab, "documents", { file: labPdf, body: publicationMetadata(id), claims: { patient: LAB_PATIENT, actionId: "CREATE", documentType: LAB_TYPE } }), false);
    const verify = async (activity: string) =>
      validateDocument(context, await documentRequest(lab, "documents/validation", { file: labPdf, body: { healthDataFormat: "CDA", mode: "ATTACHMENT", activity }, claims: { patient: LAB_PATIENT, actionId: "CREATE", documentType: LAB_TYPE } }));
    // Another lab's validation of the same file does not count either: it is per application.
    const fresh = await t.db.ingestionEvent.count({ where: { applicationId: lab.applicationId, eventType: "VALIDATION" } });
    if (fresh === 0) {
      const refused = await create();
      expect(refused.status).toBe(400);
      expect(refused.body).toMatchObject({ type: "/msg/cda-match", detail: "Il CDA non risulta validato." });
    }
    expect((await verify("VERIFICA")).status).toBe(200);
    const validated = await verify("VALIDATION");
    expect(validated.status).toBe(201);
    const created = await create();
    expect(created.status).toBe(202);
    expect(created.body.workflowInstanceId).toBe(validated.body.workflowInstanceId);
  });
});

describe("replace, withdraw, metadata", () => {
  it("replace makes a new version and keeps the old one, marked replaced; only the publishing facility may", async () => {
    const original = nextId();
    await createDocument(context, await publishLab(original), true);
    const replacement = nextId();
    const replace = async (from: TestLab) =>
      replaceDocument(
        context,
        await documentRequest(from, `documents/validate-and-replace/${encodeURIComponent(original)}`, {
          method: "PUT",
          file: labPdf,
          body: publicationMetadata(replacement),
          claims: { patient: LAB_PATIENT, actionId: "UPDATE", documentType: LAB_TYPE },
        }),
        original,
        true,
      );
    const foreign = await replace(otherLab);
    expect(foreign.status).toBe(403);
    expect((await t.db.document.findUniqueOrThrow({ where: { externalId: original } })).status).toBe("CURRENT");
    const denial = await t.db.accessLogEntry.findFirstOrThrow({ where: { actorId: otherLab.applicationId, outcome: "DENY" } });
    expect(denial.reason).toBe("NOT_PUBLISHER");

    const answer = await replace(lab);
    expect(answer.status).toBe(202);
    const old = await t.db.document.findUniqueOrThrow({ where: { externalId: original } });
    const current = await t.db.document.findUniqueOrThrow({ where: { externalId: replacement } });
    expect(old.status).toBe("REPLACED");
    expect(old.replacedById).toBe(current.id);
    expect(current).toMatchObject({ status: "CURRENT", setId: old.setId, version: old.version + 1 });
    expect(await t.db.labObservation.count({ where: { documentId: old.id } })).toBe(0);
    expect(await t.db.labObservation.count({ where: { documentId: current.id } })).toBeGreaterThan(0);
  });

  it("metadata obscured at source (P99) applies at once; withdraw hides the document and keeps its history", async () => {
    const id = nextId();
    await createDocument(context, await publishLab(id), true);
    const metadata = { ...publicationMetadata(id), attiCliniciRegoleAccesso: ["P99"] } as Record<string, unknown>;
    for (const field of ["identificativoDoc", "identificativoRep", "mode", "healthDataFormat"]) delete metadata[field];
    const headers = await labHeaders(lab, { patient: LAB_PATIENT, actionId: "UPDATE", documentType: LAB_TYPE });
    const changed = await updateMetadata(
      context,
      new Request(`${AUDIENCE}/documents/x/metadata`, { method: "PUT", headers: { ...headers, "Content-Type": "application/json" }, body: JSON.stringify(metadata) }),
      id,
    );
    expect(changed.status).toBe(200);
    expect((await t.db.document.findUniqueOrThrow({ where: { externalId: id } })).obscuredAtSource).toBe(true);

    const withdraw = async () =>
      deleteDocument(context, new Request(`${AUDIENCE}/documents/x`, { method: "DELETE", headers: await labHeaders(lab, { patient: LAB_PATIENT, actionId: "DELETE" }) }), id);
    expect((await withdraw()).status).toBe(200);
    const withdrawn = await t.db.document.findUniqueOrThrow({ where: { externalId: id } });
    expect(withdrawn.status).toBe("WITHDRAWN");
    expect(await t.db.accessLogEntry.count({ where: { resourceId: withdrawn.id } })).toBeGreaterThanOrEqual(2);
    const again = await withdraw();
    expect(again.status).toBe(404);
    expect(again.body).toMatchObject({ type: "/msg/record-not-found" });
  });

  it("the status service lists the caller's own transaction events, by workflow and by trace", async () => {
    const answer = await createDocument(context, await publishLab(nextId()), true);
    const headers = await labHeaders(lab, { patient: LAB_PATIENT, actionId: "CREATE" });
    const byWorkflow = await transactionStatus(context, new Request(`${AUDIENCE}/status/x`, { headers }), { workflowInstanceId: String(answer.body.workflowInstanceId) });
    expect(byWorkflow.status).toBe(200);
    expect((byWorkflow.body.transactionData as { eventType: string }[]).map((event) => event.eventType)).toEqual(["VALIDATION", "PUBLICATION"]);
    const byTrace = await transactionStatus(context, new Request(`${AUDIENCE}/status/search/x`, { headers }), { traceId: String(answer.body.traceID) });
    expect(byTrace.status).toBe(200);
    const otherHeaders = await labHeaders(otherLab, { patient: LAB_PATIENT, actionId: "CREATE" });
    const foreign = await transactionStatus(context, new Request(`${AUDIENCE}/status/x`, { headers: otherHeaders }), { workflowInstanceId: String(answer.body.workflowInstanceId) });
    expect(foreign.status).toBe(404);
  });
});

describe("refusals answer with the gateway's problem and write nothing", () => {
  async function rowsWritten<T>(work: () => Promise<T>): Promise<{ value: T; rows: number }> {
    const count = async () =>
      (await Promise.all([t.db.document.count(), t.db.ingestionEvent.count(), t.db.ingestionTokenUse.count(), t.db.person.count(), t.db.accessLogEntry.count(), t.db.notification.count()])).reduce((a, b) => a + b, 0);
    const before = await count();
    const value = await work();
    return { value, rows: (await count()) - before };
  }

  const cases: [string, () => Promise<Request>, number, string][] = [
    ["no tokens", async () => new Request(`${AUDIENCE}/documents/validate-and-create`, { method: "POST", body: multipartBody(publicationMetadata(nextId()), labPdf) }), 403, "/msg/missing-token"],
    ["a hash that is not the file's", async () => documentRequest(lab, "documents/validate-and-create", { file: labPdf, body: publicationMetadata(nextId()), claims: { patient: LAB_PATIENT, actionId: "CREATE", documentType: LAB_TYPE, file: sample("pdf", "LDO") } }), 400, "/msg/document-hash"],
    ["another patient than the CDA's", async () => documentRequest(lab, "documents/validate-and-create", { file: labPdf, body: publicationMetadata(nextId()), claims: { patient: "RSSMRA80A01H501U", actionId: "CREATE", documentType: LAB_TYPE } }), 403, "/msg/jwt-validation"],
    ["another type than the CDA's", async () => documentRequest(lab, "documents/validate-and-create", { file: labPdf, body: publicationMetadata(nextId()), claims: { patient: LAB_PATIENT, actionId: "CREATE", documentType: "34105-7" } }), 403, "/msg/jwt-validation"],
    ["an action that is not the endpoint's", async () => documentRequest(lab, "documents/validate-and-create", { file: labPdf, body: publicationMetadata(nextId()), claims: { patient: LAB_PATIENT, actionId: "DELETE", documentType: LAB_TYPE } }), 403, "/msg/jwt-validation"],
    ["a missing required field", async () => documentRequest(lab, "documents/validate-and-create", { file: labPdf, body: publicationMetadata(nextId(), { tipoAttivitaClinica: undefined }), claims: { patient: LAB_PATIENT, actionId: "CREATE", documentType: LAB_TYPE } }), 400, "/msg/mandatory-element"],
    ["a value outside the allowed ones", async () => documentRequest(lab, "documents/validate-and-create", { file: labPdf, body: publicationMetadata(nextId(), { tipologiaStruttura: "Casa" }), claims: { patient: LAB_PATIENT, actionId: "CREATE", documentType: LAB_TYPE } }), 400, "/msg/invalid-format"],
    ["a file that is not a PDF", async () => documentRequest(lab, "documents/validate-and-create", { file: sample("cda", "LAB"), body: publicationMetadata(nextId()), claims: { patient: LAB_PATIENT, actionId: "CREATE", documentType: LAB_TYPE } }), 415, "/msg/document-type"],
    ["an empty file", async () => documentRequest(lab, "documents/validate-and-create", { file: new Uint8Array(), body: publicationMetadata(nextId()), claims: { patient: LAB_PATIENT, actionId: "CREATE", documentType: LAB_TYPE } }), 400, "/msg/empty-file"],
    ["a PDF without CDA", async () => {
      const { PDFDocument } = await import("pdf-lib");
      const pdf = await PDFDocument.create();
      pdf.addPage();
      return documentRequest(lab, "documents/validate-and-create", { file: await pdf.save(), body: publicationMetadata(nextId()), claims: { patient: LAB_PATIENT, actionId: "CREATE", documentType: LAB_TYPE } });
    }, 400, "/msg/cda-element"],
  ];
  for (const [name, request, status, type] of cases) {
    it(`${name}: ${status} ${type}`, async () => {
      const { value, rows } = await rowsWritten(async () => createDocument(context, await request(), true));
      expect(value.status).toBe(status);
      expect(value.body).toMatchObject({ type, status, title: expect.any(String), detail: expect.any(String), instance: expect.any(String), traceID: expect.any(String) });
      expect(rows).toBe(0);
    });
  }

  it("an oversized file is refused before it is read whole (413)", async () => {
    const small = ingestionContext(t.db, 50_000);
    const { value, rows } = await rowsWritten(async () => createDocument(small, await publishLab(nextId()), true));
    expect(value.status).toBe(413);
    expect(rows).toBe(0);
  });

  it("a replayed request (same tokens) is refused", async () => {
    const first = await publishLab(nextId());
    const headers = Object.fromEntries(first.headers.entries());
    expect((await createDocument(context, first, true)).status).toBe(202);
    const replay = new Request(`${AUDIENCE}/documents/validate-and-create`, {
      method: "POST",
      headers: { authorization: headers.authorization!, "fse-jwt-signature": headers["fse-jwt-signature"]! },
      body: multipartBody(publicationMetadata(nextId()), labPdf),
    });
    const { value, rows } = await rowsWritten(() => createDocument(context, replay, true));
    expect(value.status).toBe(403);
    expect(String(value.body.detail)).toMatch(/già usato/);
    expect(rows).toBe(0);
  });

  it("tokens for another audience, expired tokens, unknown and revoked keys are refused", async () => {
    const wrongAudience = await gatewayHeaders(lab.key, "https://altro.example/v1", { patient: LAB_PATIENT, actionId: "CREATE", documentType: LAB_TYPE, file: labPdf, facilityCode: lab.code, organizationId: "120" });
    const expired = await gatewayHeaders(lab.key, AUDIENCE, { patient: LAB_PATIENT, actionId: "CREATE", documentType: LAB_TYPE, file: labPdf, facilityCode: lab.code, organizationId: "120" }, new Date(Date.now() - 3 * 3600_000));
    const stranger = await registerLab(t.db, "120777", "SCONOSCIUTO");
    await t.db.facilityApplication.update({ where: { id: stranger.applicationId }, data: { certificateSha256: "0".repeat(64) } });
    const revoked = await registerLab(t.db, "120888", "REVOCATO");
    await revokeApplication(t.db, revoked.applicationId, new Date());
    for (const [headers, detail] of [
      [wrongAudience, /aud/],
      [expired, /scadut/],
    ] as const) {
      const request = new Request(`${AUDIENCE}/documents/validate-and-create`, { method: "POST", headers, body: multipartBody(publicationMetadata(nextId()), labPdf) });
      const answer = await createDocument(context, request, true);
      expect(answer.status).toBe(403);
      expect(String(answer.body.detail)).toMatch(detail);
    }
    for (const [from, detail] of [
      [stranger, /non è registrato/],
      [revoked, /revocat/],
    ] as const) {
      const answer = await createDocument(context, await publishLab(nextId(), {}, from), true);
      expect(answer.status).toBe(403);
      expect(String(answer.body.detail)).toMatch(detail);
    }
  });
});
