// Generates a large synthetic dataset for the benchmark, the same rows for both engines: N patients with
// valid fiscal codes who have all passed their first access, M documents spread over them, one patient
// with a long history, a few professionals, and each patient's access log already sealed (hash chain,
// chain index and head), as the sealer would leave it; for the regional monitoring, a region's share of
// specialists and GPs with their enablement, consent choices, and an administrator. Document rows point to a handful of real
// encrypted PDFs: the list page never opens files, a document page opens one of them.
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { entryHash, GENESIS_HASH, type HashedFields } from "../../lib/access/log-hash";
import { deriveContent, encodeDerived } from "../../lib/documents/derive";
import { computeFiscalCode } from "../../lib/people/fiscal-code";
import { createBlobStore } from "../../lib/storage/blob-store";
import { buildCda } from "../../prisma/seed/cda-builder";
import { FACILITIES } from "../../prisma/seed/catalog";
import { planDocuments } from "../../prisma/seed/documents";
import { buildPdf } from "../../prisma/seed/pdf-builder";
import { demoPeople } from "../../prisma/seed/people";
import { integerBetween, seededRandom } from "../../prisma/seed/random";
import { openSink, type Engine, type Table } from "./dataset-sinks";

export type DatasetOptions = {
  engine: Engine;
  /** Holds the blobs, and for SQLite the database file. */
  dir: string;
  /** PostgreSQL only: the empty database to fill. */
  databaseUrl?: string;
  patients: number;
  documents: number;
  bigPatientDocuments: number;
  storageKey: string;
};

const TYPES = ["11502-2", "68604-8", "11488-4", "34105-7", "59258-4", "87273-9"];
const TITLES: Record<string, string> = {
  "11502-2": "Referto di laboratorio",
  "68604-8": "Radiografia del torace",
  "11488-4": "Visita cardiologica",
  "34105-7": "Lettera di dimissione",
  "59258-4": "Verbale di pronto soccorso",
  "87273-9": "Vaccinazione antinfluenzale",
};
const PROFESSIONALS = 5;
/** Access-log rows of the long-history patient; the others have 2 to 6. */
const BIG_PATIENT_LOG = 300;
const BATCH = 5_000;

const FACILITY: Table = { name: "Facility", columns: [["id", "text"], ["code", "text"], ["name", "text"], ["type", "text"]] };
const PERSON: Table = {
  name: "Person",
  columns: [["id", "text"], ["fiscalCode", "text"], ["givenName", "text"], ["familyName", "text"], ["birthDate", "timestamp"], ["sex", "text"], ["createdAt", "timestamp"], ["firstAccessAt", "timestamp"]],
};
const PERSON_ROLE: Table = {
  name: "PersonRole",
  columns: [["id", "text"], ["personId", "text"], ["role", "text"], ["title", "text"], ["facilityId", "text"], ["professionalKind", "text"], ["enabledFrom", "timestamp"]],
};
const CONSENT_EVENT: Table = {
  name: "ConsentEvent",
  columns: [["id", "text"], ["subjectId", "text"], ["kind", "text"], ["granted", "bool"], ["at", "timestamp"], ["actorId", "text"], ["actorRole", "text"], ["channel", "text"]],
};
/** A region's proportions: about one GP or paediatrician per 1,200 citizens, three specialists per GP. */
const CITIZENS_PER_GP = 1_200;
const SPECIALISTS_PER_GP = 3;
/** The monitoring page's reader (`bench-admin`). */
export const BENCH_ADMIN = "bench-admin";
const DOCUMENT: Table = {
  name: "Document",
  columns: [
    ["id", "text"], ["patientId", "text"], ["facilityId", "text"], ["typeCode", "text"], ["classCode", "text"], ["title", "text"], ["titleSearch", "text"],
    ["clinicalDate", "timestamp"], ["publishedAt", "timestamp"], ["authorName", "text"], ["setId", "text"], ["version", "int"], ["status", "text"],
    ["fileHash", "text"], ["fileSize", "int"], ["contentType", "text"], ["createdAt", "timestamp"], ["derivedHash", "text"],
  ],
};
const ACCESS_LOG: Table = {
  name: "AccessLogEntry",
  columns: [
    ["at", "timestamp"], ["actorId", "text"], ["actorRole", "text"], ["basis", "text"], ["subjectId", "text"], ["action", "text"], ["resourceType", "text"],
    ["resourceId", "text"], ["outcome", "text"], ["reason", "text"], ["purpose", "text"], ["detail", "text"], ["chainIndex", "int"], ["prevHash", "text"],
    ["hash", "text"], ["sealedAt", "timestamp"],
  ],
};
const ACCESS_LOG_HEAD: Table = { name: "AccessLogHead", columns: [["subjectId", "text"], ["hash", "text"], ["count", "int"]] };

/** The patient who owns document `d`: the last `big` documents are the long-history patient's (bench-p0). */
export function documentOwner(d: number, options: Pick<DatasetOptions, "patients" | "documents" | "bigPatientDocuments">): number {
  const regular = options.documents - options.bigPatientDocuments;
  return d < regular ? 1 + (d % (options.patients - 1)) : 0;
}

/** A document of patient `i`, for the access-log rows that name one. */
function documentOf(i: number, options: DatasetOptions): number {
  return i === 0 ? options.documents - options.bigPatientDocuments : i - 1;
}

function uniqueFiscalCode(random: () => number, taken: Set<string>): { fiscalCode: string; birthDate: Date; sex: "M" | "F" } {
  for (;;) {
    const sex = random() < 0.5 ? "M" : "F";
    // Adults only: a patient just come of age is sent to review their consents instead of the home page.
    const birthDate = new Date(Date.UTC(integerBetween(random, 1930, 2000), integerBetween(random, 0, 11), integerBetween(random, 1, 28)));
    const family = `Cognome${String.fromCharCode(65 + integerBetween(random, 0, 25))}${String.fromCharCode(65 + integerBetween(random, 0, 25))}`;
    const fiscalCode = computeFiscalCode({ familyName: family, givenName: `Nome${String.fromCharCode(66 + integerBetween(random, 0, 20))}`, birthDate, sex, birthPlaceCode: `H${integerBetween(random, 100, 999)}` });
    if (!taken.has(fiscalCode)) {
      taken.add(fiscalCode);
      return { fiscalCode, birthDate, sex };
    }
  }
}

/** One access-log row of patient `i`: the patient's own views, professionals' reads and a refusal. */
function accessFields(i: number, round: number, at: Date, options: DatasetOptions): HashedFields {
  const subjectId = `bench-p${i}`;
  const base = { at, subjectId, detail: null };
  switch ((i + round) % 4) {
    case 0:
    case 1:
      return { ...base, actorId: subjectId, actorRole: "CITIZEN", basis: "SELF", action: "document.list", resourceType: "RECORD", resourceId: null, outcome: "ALLOW", reason: "ALLOWED", purpose: "CONSULTAZIONE" };
    case 2:
      return {
        ...base, actorId: `bench-pro${(i + round) % PROFESSIONALS}`, actorRole: "PROFESSIONAL", basis: "CONSENT", action: "document.read", resourceType: "DOCUMENT",
        resourceId: `bench-d${documentOf(i, options)}`, outcome: "ALLOW", reason: "ALLOWED", purpose: "CURA",
      };
    default:
      return {
        ...base, actorId: `bench-pro${round % PROFESSIONALS}`, actorRole: "PROFESSIONAL", basis: null, action: "document.list", resourceType: "RECORD",
        resourceId: null, outcome: "DENY", reason: "NO_CONSENT", purpose: "CURA",
      };
  }
}

export async function generateDataset(options: DatasetOptions) {
  rmSync(options.dir, { recursive: true, force: true });
  mkdirSync(options.dir, { recursive: true });
  const sink = await openSink(options.engine, { file: path.join(options.dir, "fascicolo.db"), databaseUrl: options.databaseUrl });

  // A few real PDFs with their CDA, shared by every generated row.
  const store = createBlobStore(path.join(options.dir, "blobs"), options.storageKey);
  const sample = demoPeople()[0]!;
  const files: { hash: string; size: number; derivedHash: string }[] = [];
  for (const planned of planDocuments(sample, new Date()).slice(0, 6)) {
    const pdf = await buildPdf(planned.cda, buildCda(planned.cda));
    // With the content derived from it, as the store pipeline leaves it: a document page reads only that.
    files.push({ ...(await store.put(pdf)), derivedHash: (await store.put(encodeDerived(await deriveContent(pdf)))).hash });
  }

  const random = seededRandom(42);
  const now = Date.now();
  const created = new Date(now - 400 * 86_400_000);
  const taken = new Set<string>();

  await sink.insert(FACILITY, FACILITIES.map((facility) => [facility.id, facility.code, facility.name, facility.type]));
  let rows: unknown[][] = [];
  const flush = async (table: Table, force = false) => {
    if (rows.length >= BATCH || (force && rows.length > 0)) {
      await sink.insert(table, rows);
      rows = [];
    }
  };
  for (let i = 0; i < options.patients; i++) {
    const { fiscalCode, birthDate, sex } = uniqueFiscalCode(random, taken);
    rows.push([`bench-p${i}`, fiscalCode, "Nome", "Cognome", birthDate, sex, created, created]);
    await flush(PERSON);
  }
  const gps = Math.max(PROFESSIONALS, Math.round(options.patients / CITIZENS_PER_GP));
  const specialists = gps * SPECIALISTS_PER_GP;
  // bench-pro0… are the GPs (the first five consult and are refused in the access log), bench-spec0… the specialists.
  const staff = [...Array.from({ length: gps }, (_, k) => `bench-pro${k}`), ...Array.from({ length: specialists }, (_, k) => `bench-spec${k}`), BENCH_ADMIN];
  for (const [k, id] of staff.entries()) {
    const { fiscalCode, birthDate, sex } = uniqueFiscalCode(random, taken);
    rows.push([id, fiscalCode, "Medico", `Cognome${k}`, birthDate, sex, created, created]);
    await flush(PERSON);
  }
  await flush(PERSON, true);
  const enabledAt = (k: number) => (k % 10 === 9 ? null : new Date(created.getTime() + (k % 300) * 86_400_000));
  await sink.insert(PERSON_ROLE, [
    ...Array.from({ length: gps }, (_, k) => [`bench-role${k}`, `bench-pro${k}`, "PROFESSIONAL", "Medico di medicina generale", null, k % 5 === 4 ? "PLS" : "MMG", enabledAt(k)]),
    ...Array.from({ length: specialists }, (_, k) => [`bench-srole${k}`, `bench-spec${k}`, "PROFESSIONAL", "Dirigente medico", FACILITIES[k % FACILITIES.length]!.id, "SPECIALIST", enabledAt(k)]),
    [`bench-role-admin`, BENCH_ADMIN, "ADMIN", "Amministratore regionale", null, null, null],
  ]);
  // Consent to consultation: seven in ten citizens said yes at some point, one in ten of them later withdrew it.
  for (let i = 0; i < options.patients; i++) {
    if (random() >= 0.7) continue;
    const given = new Date(created.getTime() + integerBetween(random, 0, 390) * 86_400_000);
    rows.push([`bench-c${i}`, `bench-p${i}`, "CARE", true, given, `bench-p${i}`, "CITIZEN", "ONLINE"]);
    if (random() < 0.1) rows.push([`bench-c${i}-r`, `bench-p${i}`, "CARE", false, new Date(Math.min(now, given.getTime() + integerBetween(random, 1, 200) * 86_400_000)), `bench-p${i}`, "CITIZEN", "ONLINE"]);
    await flush(CONSENT_EVENT);
  }
  await flush(CONSENT_EVENT, true);

  for (let d = 0; d < options.documents; d++) {
    const type = TYPES[d % TYPES.length]!;
    const file = files[d % files.length]!;
    const clinical = new Date(now - integerBetween(random, 1, 12 * 365) * 86_400_000 - integerBetween(random, 0, 86_399) * 1000);
    const title = TITLES[type]!;
    rows.push([`bench-d${d}`, `bench-p${documentOwner(d, options)}`, FACILITIES[d % FACILITIES.length]!.id, type, "REF", title, title.toLowerCase(), clinical, clinical, "Dott. Roberto Bruno", `bench-s${d}`, 1, "CURRENT", file.hash, file.size, "application/pdf", created, file.derivedHash]);
    await flush(DOCUMENT);
  }
  await flush(DOCUMENT, true);

  // Rows are written round by round across patients, so each subject's rows are spread over the table
  // as they would be in use; each chain is computed as the sealer does, in append order.
  const heads: string[] = new Array(options.patients).fill(GENESIS_HASH);
  const logLength = (i: number) => (i === 0 ? BIG_PATIENT_LOG : 2 + (i % 5));
  const rounds = Math.max(BIG_PATIENT_LOG, 6);
  const step = Math.floor((now - created.getTime()) / (rounds + 1));
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < options.patients; i++) {
      if (round >= logLength(i)) continue;
      // Each patient's rows spread over the whole period, as a year of use leaves them (the regional
      // monitoring counts the citizens of each 90 days); the long-history patient's every `step`.
      const gap = i === 0 ? step : Math.floor((now - created.getTime()) / (logLength(i) + 1));
      const at = new Date(created.getTime() + (round + 1) * gap + (i % 86_400) * 1000);
      const fields = accessFields(i, round, at, options);
      const hash = entryHash(heads[i]!, fields);
      rows.push([fields.at, fields.actorId, fields.actorRole, fields.basis, fields.subjectId, fields.action, fields.resourceType, fields.resourceId, fields.outcome, fields.reason, fields.purpose, fields.detail, round + 1, heads[i], hash, fields.at]);
      heads[i] = hash;
      await flush(ACCESS_LOG);
    }
  }
  await flush(ACCESS_LOG, true);
  for (let i = 0; i < options.patients; i++) {
    rows.push([`bench-p${i}`, heads[i], logLength(i)]);
    await flush(ACCESS_LOG_HEAD);
  }
  await flush(ACCESS_LOG_HEAD, true);
  await sink.finish();
}

if (process.argv[1] && import.meta.filename === path.resolve(process.argv[1])) {
  const options = JSON.parse(process.argv[2]!) as DatasetOptions;
  const started = Date.now();
  await generateDataset(options);
  console.log(`[bench] ${options.engine}: ${options.patients} pazienti, ${options.documents} documenti in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}
