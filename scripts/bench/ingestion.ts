// The ingestion bench: documents published end to end through the gateway services (multipart read, both
// JWTs verified, CDA extracted and validated, file and derived content stored encrypted, rows and
// access-log row written, citizen notified) by 4 concurrent clients, with p50/p95 per document. In one
// process, without HTTP in front: what the portal's own work costs. (The validation alone, per sample, is
// scripts/bench/validation.ts.)
// Run with `npm run bench:ingestion` (npm run bench runs it too); writes docs/bench/ingestion.md. Reports, never asserts.
import { writeFileSync, mkdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { wrapCdaInPdf } from "../../lib/cda/pdf-wrap";
import { createDocument } from "../../lib/ingestion/operations";
import { createTestDatabase } from "../../lib/test/database";
import { documentRequest, ingestionContext, publicationMetadata, registerLab, sample } from "../../lib/test/ingestion";

const CLIENTS = Number(process.env.BENCH_INGEST_CLIENTS ?? 4);
const DOCUMENTS = Number(process.env.BENCH_INGEST_DOCUMENTS ?? 400);
const WARMUP = 20;
const PATIENT = "GTWGWY82B42G920M";

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};

const database = await createTestDatabase();
const context = ingestionContext(database.db);
const lab = await registerLab(database.db, "120301", "LABBENCH120301");
const documents = [
  { name: "LAB.pdf", file: sample("pdf", "LAB"), type: "11502-2" },
  { name: "RAD.pdf", file: sample("pdf", "RAD"), type: "68604-8" },
  { name: "RSA.xml", file: await wrapCdaInPdf(sample("cda", "RSA"), "RSA"), type: "11488-4" },
  { name: "LDO.xml", file: await wrapCdaInPdf(sample("cda", "LDO"), "LDO"), type: "34105-7" },
];

let sequence = 0;
async function publishOne(): Promise<number> {
  const document = documents[sequence % documents.length]!;
  const id = `2.16.840.1.113883.2.9.2.120.4.4^BENCH${sequence++}`;
  const request = await documentRequest(lab, "documents/validate-and-create", {
    file: document.file,
    body: publicationMetadata(id),
    claims: { patient: PATIENT, actionId: "CREATE", documentType: document.type },
  });
  const started = performance.now();
  const answer = await createDocument(context, request, true);
  const elapsed = performance.now() - started;
  if (answer.status !== 202) throw new Error(`${document.name}: ${answer.status} ${JSON.stringify(answer.body)}`);
  return elapsed;
}

for (let i = 0; i < WARMUP; i++) await publishOne();
const loadBefore = os.loadavg()[0]!.toFixed(2);
const latencies: number[] = [];
const started = performance.now();
let remaining = DOCUMENTS;
await Promise.all(
  Array.from({ length: CLIENTS }, async () => {
    while (remaining-- > 0) latencies.push(await publishOne());
  }),
);
const seconds = (performance.now() - started) / 1000;
const perSecond = DOCUMENTS / seconds;

await database.close();

const ms = (value: number) => value.toFixed(1);
const report = `# Ingestion bench

Measured ${new Date().toISOString()} on this machine (${process.version}, SQLite), in one process: ${DOCUMENTS}
documents published through validate-and-create by ${CLIENTS} concurrent clients after ${WARMUP} to warm up,
each request signed as a lab's software signs it (the signing is not timed). Load average before and after:
${loadBefore} · ${os.loadavg()[0]!.toFixed(2)} (on ${os.cpus().length} cores; anything else running lowers the figures).

| | figure | goal |
|---|---|---|
| documents per second, end to end | **${perSecond.toFixed(1)}** | ≥ 20 ${perSecond >= 20 ? "✓" : "✗"} |
| latency per document, p50 · p95 | ${ms(percentile(latencies, 50))} · ${ms(percentile(latencies, 95))} ms | – |

`;
const root = path.resolve(import.meta.dirname, "..", "..");
mkdirSync(path.join(root, "docs", "bench"), { recursive: true });
writeFileSync(path.join(root, "docs", "bench", "ingestion.md"), report);
console.log(report);
