import { PDFDocument } from "pdf-lib";
import { afterAll, beforeAll, expect, it } from "vitest";
import { wrapCdaInPdf } from "@/lib/cda/pdf-wrap";
import { createTestDatabase, type TestDatabase } from "@/lib/test/database";
import { AUDIENCE, ingestionContext, labHeaders, publicationMetadata, registerLab, sample, type TestLab } from "@/lib/test/ingestion";
import { multipartBody } from "./gateway-client";
import { createDocument, deleteDocument, replaceDocument, transactionStatus, updateMetadata, validateDocument, type GatewayAnswer, type IngestionContext } from "./operations";

// Bad input never hurts: generated bad requests of every kind, to every service, and not one answer is a
// 5xx, not one row is written. The generator is seeded, so a failure can be replayed.

const REQUESTS = 1_200;
const PATIENT = "GTWGWY82B42G920M";

let t: TestDatabase;
let context: IngestionContext;
let lab: TestLab;

function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

beforeAll(async () => {
  t = await createTestDatabase();
  context = ingestionContext(t.db, 2 * 1024 * 1024);
  lab = await registerLab(t.db, "120301", "LABFUZZ120301");
});
afterAll(() => t.close());

const BILLION_LAUGHS = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]><ClinicalDocument xmlns="urn:hl7-org:v3"><title>&lol4;</title></ClinicalDocument>`;
const EXTERNAL_ENTITY = `<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><ClinicalDocument xmlns="urn:hl7-org:v3"><title>&x;</title></ClinicalDocument>`;

async function badFiles(): Promise<Uint8Array[]> {
  const twoCdas = await PDFDocument.create();
  twoCdas.addPage();
  await twoCdas.attach(sample("cda", "LAB"), "a.xml", { mimeType: "text/xml" });
  await twoCdas.attach(sample("cda", "RSA"), "b.xml", { mimeType: "text/xml" });
  const broken = sample("pdf", "LAB").slice(0, 5000);
  return [
    await wrapCdaInPdf(new TextEncoder().encode(BILLION_LAUGHS), "bomba"),
    await wrapCdaInPdf(new TextEncoder().encode(EXTERNAL_ENTITY), "entita"),
    await wrapCdaInPdf(new TextEncoder().encode("<ClinicalDocument><unclosed>"), "rotto"),
    // A valid document whose patient the tokens never name correctly.
    await wrapCdaInPdf(new TextEncoder().encode(new TextDecoder().decode(sample("cda", "LDO")).replaceAll("GTWGWY82B42G920M", "BNCLRA70A41H501X")), "altro paziente"),
    await twoCdas.save(),
    broken,
    new TextEncoder().encode("%PDF-1.4\n%garbage\n"),
    new Uint8Array(0),
    sample("cda", "LAB"),
    new Uint8Array(3 * 1024 * 1024).fill(0x25),
  ];
}

type Generated = { service: string; run: () => Promise<GatewayAnswer> };

async function generate(index: number, next: () => number, files: Uint8Array[]): Promise<Generated> {
  const pick = <T,>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const file = pick(files);
  const good = publicationMetadata(`2.16.840.1.113883.2.9.2.120.4.4^FUZZ${index}`);
  const bodies: unknown[] = [
    { ...good, tipologiaStruttura: pick(["", "Casa", 7, null]) },
    { ...good, identificativoDoc: "" },
    { ...good, assettoOrganizzativo: "AD_PSC016" },
    { ...good, dataInizioPrestazione: pick(["20241399000000", "oggi", "99999999999999"]) },
    { ...good, extra: "campo non previsto" },
    { ...good, attiCliniciRegoleAccesso: "P99" },
    [good],
    "testo",
    { activity: pick(["VALIDATE", "", 1]) },
    good,
  ];
  const body = pick(bodies);
  const headers = await labHeaders(lab, {
    patient: pick([PATIENT, "RSSMRA80A01H501U"]),
    actionId: pick(["CREATE", "UPDATE", "DELETE"] as const),
    documentType: pick(["11502-2", "34105-7", undefined]),
    file: pick([file, sample("pdf", "RAD")]),
  });
  const tamper = pick([
    (h: Record<string, string>) => h,
    (h: Record<string, string>) => ({ ...h, Authorization: "Bearer x.y.z" }),
    (h: Record<string, string>) => ({ ...h, "FSE-JWT-Signature": h["FSE-JWT-Signature"]!.slice(0, -5) }),
    (h: Record<string, string>) => ({ Accept: h.Accept! }),
    (h: Record<string, string>) => ({ ...h, Authorization: `Bearer ${h["FSE-JWT-Signature"]}` }),
    (h: Record<string, string>) => ({ ...h, "FSE-JWT-Signature": "a".repeat(20_000) }),
  ]);
  const sent = tamper(headers);
  const multipart = () => {
    const form = pick([
      () => multipartBody(body, file),
      () => {
        const f = new FormData();
        f.append("file", new Blob([new Uint8Array(file)]), "x.pdf");
        return f;
      },
      () => {
        const f = new FormData();
        f.append("requestBody", "{non json");
        f.append("file", new Blob([new Uint8Array(file)]), "x.pdf");
        return f;
      },
      () => {
        const f = multipartBody(body, file);
        f.append("file", new Blob([new Uint8Array(file)]), "y.pdf");
        return f;
      },
    ])();
    return pick([
      () => new Request(`${AUDIENCE}/x`, { method: "POST", headers: sent, body: form }),
      () => new Request(`${AUDIENCE}/x`, { method: "POST", headers: { ...sent, "Content-Type": "application/json" }, body: JSON.stringify(body) }),
      () => new Request(`${AUDIENCE}/x`, { method: "POST", headers: { ...sent, "Content-Type": "multipart/form-data; boundary=zzz" }, body: "--zzz\r\nrotto" }),
    ])();
  };
  const idDoc = pick(["", "inesistente", "x".repeat(300), "../../etc", `2.16.840.1.113883.2.9.2.120.4.4^FUZZ${index}`]);
  const services: Generated[] = [
    { service: "validation", run: () => validateDocument(context, multipart()) },
    { service: "create", run: () => createDocument(context, multipart(), false) },
    { service: "validate-and-create", run: () => createDocument(context, multipart(), true) },
    { service: "replace", run: () => replaceDocument(context, multipart(), idDoc, pick([true, false])) },
    { service: "delete", run: () => deleteDocument(context, new Request(`${AUDIENCE}/x`, { method: "DELETE", headers: sent }), idDoc) },
    {
      service: "metadata",
      run: () => updateMetadata(context, new Request(`${AUDIENCE}/x`, { method: "PUT", headers: { ...sent, "Content-Type": pick(["application/json", "text/plain"]) }, body: pick([JSON.stringify(body), "{", "x".repeat(2_000_000)]) }), idDoc),
    },
    { service: "status", run: () => transactionStatus(context, new Request(`${AUDIENCE}/x`, { headers: sent }), pick([{ workflowInstanceId: idDoc }, { traceId: idDoc }])) },
  ];
  return pick(services);
}

async function rowCount(): Promise<number> {
  const counts = await Promise.all([
    t.db.document.count(),
    t.db.ingestionEvent.count(),
    t.db.ingestionTokenUse.count(),
    t.db.person.count(),
    t.db.accessLogEntry.count(),
    t.db.notification.count(),
    t.db.vaccination.count(),
    t.db.labObservation.count(),
  ]);
  return counts.reduce((a, b) => a + b, 0);
}

it(`${REQUESTS} generated bad requests: no 5xx, nothing written`, { timeout: 600_000 }, async () => {
  const files = await badFiles();
  const next = random(20261203);
  const before = await rowCount();
  const statuses = new Map<number, number>();
  const serverErrors: string[] = [];
  for (let index = 0; index < REQUESTS; index++) {
    const generated = await generate(index, next, files);
    const answer = await generated.run();
    statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
    if (answer.status >= 500) serverErrors.push(`#${index} ${generated.service}: ${JSON.stringify(answer.body)}`);
    expect(answer.body).toHaveProperty("traceID");
  }
  const written = (await rowCount()) - before;
  console.log(`[fuzz] ${REQUESTS} richieste: ${serverErrors.length} × 5xx, ${written} righe scritte; esiti ${JSON.stringify(Object.fromEntries([...statuses].sort()))}`);
  expect(serverErrors).toEqual([]);
  expect(written).toBe(0);
});
