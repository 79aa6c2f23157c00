// Times validateCda on each official sample (the nine CDAs and the CDA inside each of the four PDFs) after a
// warm-up, with the compiled stylesheets loaded once and reused as in the server. Prints p50/p95 per sample;
// `--json` prints the figures for scripts/bench/run.mjs instead. Beside wall-clock time it gives the CPU time
// of the process per call, which a machine shared with other work inflates far less. Reports, never asserts.
//   npx tsx scripts/bench/validation.ts [--json]     BENCH_VALIDATION_RUNS (30) timed runs per sample
import { readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { cdaFromUpload } from "@/lib/cda/pdf";
import { validateCda } from "@/lib/validation/validate";

const samples = path.resolve(import.meta.dirname, "..", "..", "..", "shared", "samples");
const runs = Number(process.env.BENCH_VALIDATION_RUNS ?? 30);
const WARMUP_RUNS = 5;

type Row = { sample: string; bytes: number; errors: number; warnings: number; p50: number; p95: number; max: number; cpuP50: number };

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]!;
}

async function inputs(): Promise<[string, Uint8Array][]> {
  const xml = readdirSync(path.join(samples, "cda")).sort().map((file): [string, Uint8Array] => [file, readFileSync(path.join(samples, "cda", file))]);
  const pdf: [string, Uint8Array][] = [];
  for (const file of readdirSync(path.join(samples, "pdf")).sort()) {
    pdf.push([`${file} (CDA)`, await cdaFromUpload(readFileSync(path.join(samples, "pdf", file)), "ATTACHMENT")]);
  }
  return [...xml, ...pdf];
}

async function measure(sample: string, cda: Uint8Array): Promise<Row> {
  let outcome = await validateCda(cda);
  for (let i = 1; i < WARMUP_RUNS; i++) await validateCda(cda);
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    outcome = await validateCda(cda);
    const used = process.cpuUsage(cpuStarted);
    times.push(performance.now() - started);
    cpu.push((used.user + used.system) / 1000);
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  const counts = { errors: outcome.errors.length, warnings: outcome.warnings.length };
  return { sample, bytes: cda.byteLength, ...counts, p50: percentile(times, 0.5), p95: percentile(times, 0.95), max: times.at(-1)!, cpuP50: percentile(cpu, 0.5) };
}

const rows: Row[] = [];
for (const [sample, cda] of await inputs()) rows.push(await measure(sample, cda));

if (process.argv.includes("--json")) {
  console.log(JSON.stringify({ runs, warmupRuns: WARMUP_RUNS, rows }));
} else {
  const ms = (value: number) => value.toFixed(1).padStart(7);
  console.log(`validateCda, ${runs} runs per sample after ${WARMUP_RUNS} warm-up runs (ms)\n`);
  console.log(`${"sample".padEnd(18)} ${"KiB".padStart(6)} ${"p50".padStart(7)} ${"p95".padStart(7)} ${"max".padStart(7)} ${"cpu p50".padStart(8)}  errors/warnings`);
  for (const row of rows) {
    const size = (row.bytes / 1024).toFixed(0).padStart(6);
    console.log(`${row.sample.padEnd(18)} ${size} ${ms(row.p50)} ${ms(row.p95)} ${ms(row.max)} ${ms(row.cpuP50).padStart(8)}  ${row.errors}/${row.warnings}`);
  }
  console.log(`\nload average ${os.loadavg().map((value) => value.toFixed(2)).join(" ")} on ${os.cpus().length} CPU`);
}
