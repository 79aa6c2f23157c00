// Generates a large synthetic dataset straight into SQLite for the benchmark: N patients with valid
// fiscal codes, M documents spread over them, and one patient with a long history. Document rows point
// to a handful of real encrypted PDFs: the list page never opens files.
import { mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { deriveContent, encodeDerived } from "../../lib/documents/derive";
import { computeFiscalCode } from "../../lib/people/fiscal-code";
import { createBlobStore } from "../../lib/storage/blob-store";
import { buildCda } from "../../prisma/seed/cda-builder";
import { FACILITIES } from "../../prisma/seed/catalog";
import { planDocuments } from "../../prisma/seed/documents";
import { buildPdf } from "../../prisma/seed/pdf-builder";
import { demoPeople } from "../../prisma/seed/people";
import { integerBetween, seededRandom } from "../../prisma/seed/random";

type Options = { dir: string; patients: number; documents: number; bigPatientDocuments: number; storageKey: string };

const root = path.resolve(import.meta.dirname, "..", "..");
const TYPES = ["11502-2", "68604-8", "11488-4", "34105-7", "59258-4", "87273-9"];
const TITLES: Record<string, string> = {
  "11502-2": "Referto di laboratorio",
  "68604-8": "Radiografia del torace",
  "11488-4": "Visita cardiologica",
  "34105-7": "Lettera di dimissione",
  "59258-4": "Verbale di pronto soccorso",
  "87273-9": "Vaccinazione antinfluenzale",
};
const sqliteTime = (date: Date) => date.toISOString().replace("Z", "+00:00");

export async function generateDataset(options: Options) {
  rmSync(options.dir, { recursive: true, force: true });
  mkdirSync(options.dir, { recursive: true });
  const database = new Database(path.join(options.dir, "fascicolo.db"));
  database.pragma("journal_mode = WAL");
  database.pragma("synchronous = OFF"); // generation only; the portal runs with FULL
  const migrations = path.join(root, "prisma", "migrations");
  for (const name of readdirSync(migrations).filter((entry) => !entry.endsWith(".toml")).sort()) {
    database.exec(readFileSync(path.join(migrations, name, "migration.sql"), "utf8"));
  }
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
  const insertFacility = database.prepare("INSERT INTO Facility (id, code, name, type) VALUES (?, ?, ?, ?)");
  const insertPerson = database.prepare("INSERT INTO Person (id, fiscalCode, givenName, familyName, birthDate, sex, createdAt) VALUES (?, ?, ?, ?, ?, ?, ?)");
  const insertDocument = database.prepare(
    `INSERT INTO Document (id, patientId, facilityId, typeCode, classCode, title, titleSearch, clinicalDate, publishedAt, authorName, setId, version, status, fileHash, fileSize, contentType, createdAt, derivedHash)
     VALUES (?, ?, ?, ?, 'REF', ?, ?, ?, ?, 'Dott. Roberto Bruno', ?, 1, 'CURRENT', ?, ?, 'application/pdf', ?, ?)`,
  );
  const created = sqliteTime(new Date());
  const taken = new Set<string>();
  database.transaction(() => {
    for (const facility of FACILITIES) insertFacility.run(facility.id, facility.code, facility.name, facility.type);
    for (let i = 0; i < options.patients; i++) {
      let fiscalCode: string;
      let birthDate: Date;
      let sex: "M" | "F";
      do {
        sex = random() < 0.5 ? "M" : "F";
        birthDate = new Date(Date.UTC(integerBetween(random, 1930, 2007), integerBetween(random, 0, 11), integerBetween(random, 1, 28)));
        const family = `Cognome${String.fromCharCode(65 + integerBetween(random, 0, 25))}${String.fromCharCode(65 + integerBetween(random, 0, 25))}`;
        fiscalCode = computeFiscalCode({ familyName: family, givenName: `Nome${String.fromCharCode(66 + integerBetween(random, 0, 20))}`, birthDate, sex, birthPlaceCode: `H${integerBetween(random, 100, 999)}` });
      } while (taken.has(fiscalCode));
      taken.add(fiscalCode);
      insertPerson.run(`bench-p${i}`, fiscalCode, "Nome", "Cognome", sqliteTime(birthDate), sex, created);
    }
    const regular = options.documents - options.bigPatientDocuments;
    for (let d = 0; d < options.documents; d++) {
      const patient = d < regular ? `bench-p${1 + (d % (options.patients - 1))}` : "bench-p0";
      const type = TYPES[d % TYPES.length]!;
      const file = files[d % files.length]!;
      const clinical = new Date(now - integerBetween(random, 1, 12 * 365) * 86_400_000 - integerBetween(random, 0, 86_399) * 1000);
      const title = TITLES[type]!;
      insertDocument.run(`bench-d${d}`, patient, FACILITIES[d % FACILITIES.length]!.id, type, title, title.toLowerCase(), sqliteTime(clinical), sqliteTime(clinical), `bench-s${d}`, file.hash, file.size, created, file.derivedHash);
    }
  })();
  database.pragma("wal_checkpoint(TRUNCATE)");
  database.exec("ANALYZE");
  database.close();
}

if (process.argv[1] && import.meta.filename === path.resolve(process.argv[1])) {
  const [dir, patients, documents, big, key] = process.argv.slice(2);
  await generateDataset({ dir: dir!, patients: Number(patients), documents: Number(documents), bigPatientDocuments: Number(big), storageKey: key! });
}
