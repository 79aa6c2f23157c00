import "@/lib/test/actions-harness";
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { actAs, harness } from "@/lib/test/actions-harness";
import { createTestDatabase, type TestDatabase } from "@/lib/test/database";
import { documentStore } from "@/lib/storage/document-store";
import { DERIVED_FORMAT_VERSION } from "./derive";
import { loadDocument } from "./loaders";
import { storeDocument, type DocumentMetadata } from "./mutations";

// A document is read once, when it is stored; its page then shows the derived content without opening
// the file again. Documents stored before that (older databases) are read once, on their first view.

const samples = path.resolve(import.meta.dirname, "..", "..", "..", "shared", "samples");
const LAB_PDF = readFileSync(path.join(samples, "pdf", "LAB.pdf"));
const VACCINATION_XML = readFileSync(path.join(samples, "cda", "SING_VACC.xml"));

let t: TestDatabase;

const metadata = (id: string, typeCode: string, overrides: Partial<DocumentMetadata> = {}): DocumentMetadata => ({
  id,
  patientId: "mario",
  facilityId: "f",
  typeCode,
  classCode: "REF",
  title: "Referto",
  clinicalDate: new Date("2022-03-30T10:00:00Z"),
  publishedAt: new Date("2022-03-30T12:00:00Z"),
  authorName: "Dott. Matteo Test",
  confidentiality: "N",
  setId: `${id}-set`,
  version: 1,
  status: "CURRENT",
  contentType: "application/pdf",
  ...overrides,
});

/** The hashes the store was asked to read, whole or streamed, while `work` ran. */
async function blobsRead<T>(work: () => Promise<T>): Promise<{ value: T; hashes: string[] }> {
  const get = vi.spyOn(documentStore(), "get");
  const open = vi.spyOn(documentStore(), "open");
  try {
    const value = await work();
    return { value, hashes: [...get.mock.calls, ...open.mock.calls].map(([hash]) => hash) };
  } finally {
    get.mockRestore();
    open.mockRestore();
  }
}

beforeAll(async () => {
  t = await createTestDatabase();
  harness.db = t.db;
  await t.db.person.create({ data: { id: "mario", fiscalCode: "RSSMRA80A01H501U", givenName: "Mario", familyName: "Rossi", birthDate: new Date("1980-01-01"), sex: "M" } });
  await t.db.facility.create({ data: { id: "f", code: "1", name: "Laboratorio ASL", type: "Territorio" } });
});
afterEach(() => vi.restoreAllMocks());
afterAll(() => t.close());

describe(`storing a document reads it once (${process.env.TEST_PG_URL ? "PostgreSQL" : "SQLite"})`, () => {
  it("stores the file, its derived content and the lab results drawn from the same reading", async () => {
    const stored = await storeDocument(t.db, documentStore(), LAB_PDF, metadata("lab", "11502-2", { title: "Referto di Laboratorio" }));
    const row = await t.db.document.findUniqueOrThrow({ where: { id: "lab" } });
    expect(row).toMatchObject({ fileHash: stored.document.fileHash, fileSize: LAB_PDF.byteLength, titleSearch: "referto di laboratorio" });
    expect(row.derivedHash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.derivedHash).not.toBe(row.fileHash);
    expect(await t.db.labObservation.findMany({ where: { documentId: "lab" } })).toEqual([
      expect.objectContaining({ id: "lab-l0", patientId: "mario", loinc: "14957-5", numericValue: 16, valueText: "16.00", unit: "mg/L", low: 0, high: 20, outOfRange: false, observedAt: new Date("2022-03-30T10:24:26.000Z") }),
    ]);
    // The original file stays byte for byte what was stored, for download.
    expect(Buffer.compare(await documentStore().get(row.fileHash), LAB_PDF)).toBe(0);
  });

  it("takes a bare CDA too, with its vaccinations", async () => {
    await storeDocument(t.db, documentStore(), VACCINATION_XML, metadata("vacc", "87273-9", { contentType: "text/xml" }));
    expect(await t.db.vaccination.findMany({ where: { documentId: "vacc" } })).toEqual([
      expect.objectContaining({ id: "vacc-v0", patientId: "mario", vaccineName: "ARIXTRA*2,5MG/0,5MLSC 10SIR.", atcCode: "B01AX05", aicCode: "035606033", lot: "20", doseNumber: 3 }),
    ]);
  });

  it("draws no rows from a replaced version, so a corrected report is not counted twice", async () => {
    await storeDocument(t.db, documentStore(), LAB_PDF, metadata("lab-old", "11502-2", { status: "REPLACED", setId: "corrected" }));
    expect((await t.db.document.findUniqueOrThrow({ where: { id: "lab-old" } })).derivedHash).not.toBeNull();
    expect(await t.db.labObservation.count({ where: { documentId: "lab-old" } })).toBe(0);
  });

  it("stores an unreadable file with the reason it cannot be read, and no rows", async () => {
    await storeDocument(t.db, documentStore(), Buffer.from("%PDF-1.4\n garbage"), metadata("broken", "11502-2"));
    const { derivedHash } = await t.db.document.findUniqueOrThrow({ where: { id: "broken" } });
    expect(derivedHash).not.toBeNull();
    expect(await t.db.labObservation.count({ where: { documentId: "broken" } })).toBe(0);
    actAs("mario");
    const { value, hashes } = await blobsRead(() => loadDocument("broken"));
    expect(value?.content).toEqual({ cda: null, error: expect.stringMatching(/^Il PDF (è danneggiato|non contiene)/) });
    expect(hashes).toEqual([derivedHash]);
  });
});

describe("the document page reads the derived content, never the file", () => {
  it("shows the results and the narrative having read only the derived blob", async () => {
    actAs("mario");
    const row = await t.db.document.findUniqueOrThrow({ where: { id: "lab" } });
    const { value, hashes } = await blobsRead(() => loadDocument("lab"));
    expect(hashes).toEqual([row.derivedHash]);
    expect(value?.content.error).toBeNull();
    expect(value?.content.cda?.labResults.map((result) => result.code)).toEqual(["14957-5"]);
    expect(value?.content.cda?.sections.length).toBeGreaterThan(0);
    expect(await t.db.document.findUniqueOrThrow({ where: { id: "lab" } })).toMatchObject({ derivedHash: row.derivedHash });
  });

  it("still shows the content when the file itself is gone", async () => {
    const { document } = await storeDocument(t.db, documentStore(), LAB_PDF, metadata("lab-lost", "11502-2", { setId: "lost" }));
    const original = document.fileHash;
    // Point the row at a file the store never had: the page does not notice.
    await t.db.document.update({ where: { id: "lab-lost" }, data: { fileHash: "0".repeat(64) } });
    actAs("mario");
    expect((await loadDocument("lab-lost"))?.content.cda?.labResults[0]?.code).toBe("14957-5");
    await t.db.document.update({ where: { id: "lab-lost" }, data: { fileHash: original } });
  });
});

describe("a document stored before its content was derived", () => {
  async function oldStyleRow(id: string, derivedHash: string | null) {
    const { hash, size } = await documentStore().put(LAB_PDF);
    await t.db.document.create({
      data: { ...metadata(id, "11502-2", { setId: `${id}-set` }), titleSearch: "referto", fileHash: hash, fileSize: size, derivedHash },
    });
    return hash;
  }

  it("renders on its first view, reading the file once; later views read only the derived content", async () => {
    const fileHash = await oldStyleRow("legacy", null);
    actAs("mario");
    const first = await blobsRead(() => loadDocument("legacy"));
    expect(first.hashes).toEqual([fileHash]);
    expect(first.value?.content.cda?.labResults[0]?.code).toBe("14957-5");
    const { derivedHash } = await t.db.document.findUniqueOrThrow({ where: { id: "legacy" } });
    expect(derivedHash).toMatch(/^[0-9a-f]{64}$/);
    const second = await blobsRead(() => loadDocument("legacy"));
    expect(second.hashes).toEqual([derivedHash]);
    expect(second.value?.content).toEqual(first.value?.content);
  });

  it("is derived again when its derived content is of an older format", async () => {
    const outdated = await documentStore().put(Buffer.from(JSON.stringify({ v: DERIVED_FORMAT_VERSION - 1, cda: null, error: "vecchio formato" })));
    await oldStyleRow("outdated", outdated.hash);
    actAs("mario");
    expect((await loadDocument("outdated"))?.content.cda?.labResults[0]?.code).toBe("14957-5");
    expect((await t.db.document.findUniqueOrThrow({ where: { id: "outdated" } })).derivedHash).not.toBe(outdated.hash);
  });

  it("shows the unreadable-file message, and records nothing, when its file is missing", async () => {
    await t.db.document.create({ data: { ...metadata("missing", "11502-2", { setId: "missing-set" }), titleSearch: "referto", fileHash: "1".repeat(64), fileSize: 1 } });
    actAs("mario");
    expect((await loadDocument("missing"))?.content).toEqual({ cda: null, error: expect.stringContaining("non è leggibile") });
    expect((await t.db.document.findUniqueOrThrow({ where: { id: "missing" } })).derivedHash).toBeNull();
  });

  it("is not derived for a viewer the gate refuses", async () => {
    await oldStyleRow("hidden", null);
    await t.db.document.update({ where: { id: "hidden" }, data: { hiddenFromPatient: true } });
    actAs("mario");
    const { value, hashes } = await blobsRead(() => loadDocument("hidden"));
    expect(value).toBeNull();
    expect(hashes).toEqual([]);
    expect((await t.db.document.findUniqueOrThrow({ where: { id: "hidden" } })).derivedHash).toBeNull();
  });
});
