import { readFileSync } from "node:fs";
import path from "node:path";
import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { parseCda } from "@/lib/cda/parse";
import { decodeDerived, deriveContent, DERIVED_FORMAT_VERSION, encodeDerived, type DerivedContent } from "./derive";

// The content a page shows is derived once from the stored file; here, from the official FSE samples
// (read by path from ../shared/samples, never copied) and from files that cannot be read.

const samples = path.resolve(import.meta.dirname, "..", "..", "..", "shared", "samples");
const xml = (name: string) => readFileSync(path.join(samples, "cda", name));
const pdf = (name: string) => readFileSync(path.join(samples, "pdf", name));

/** What the page would get back from the stored blob. */
const stored = (content: DerivedContent) => decodeDerived(encodeDerived(content));

describe("content derived from the official samples", () => {
  it.each(["LAB", "RSA", "LDO", "PSS", "RAD", "RAP", "CERT_VACC", "SING_VACC", "VPS"])("%s.xml: the parsed document, unchanged through its stored form", async (name) => {
    const derived = await deriveContent(xml(`${name}.xml`));
    expect(derived.v).toBe(DERIVED_FORMAT_VERSION);
    expect(derived.error).toBeNull();
    expect(derived.cda).toStrictEqual(parseCda(xml(`${name}.xml`)));
    expect(stored(derived)).toStrictEqual({ cda: derived.cda, error: null });
  });

  it.each([
    ["LAB", "11502-2", "GTWGWY82B42G920M"],
    ["LDO", "34105-7", "TSTSMN63A01F205H"],
    ["RAD", "68604-8", "GTWGWY82B42G920M"],
    ["VPS", "59258-4", "GTWGWY82B42G920M"],
  ])("%s.pdf: the CDA attached to the signed PDF, with its sections", async (name, type, patient) => {
    const derived = stored(await deriveContent(pdf(`${name}.pdf`)));
    expect(derived?.error).toBeNull();
    expect(derived?.cda?.typeCode).toBe(type);
    expect(derived?.cda?.patient.fiscalCode).toBe(patient);
    expect(derived?.cda?.sections.length).toBeGreaterThan(0);
  });

  it("keeps the lab results and the vaccinations the structured rows are made of", async () => {
    expect(stored(await deriveContent(pdf("LAB.pdf")))?.cda?.labResults[0]).toMatchObject({ code: "14957-5", numericValue: 16, unit: "mg/L", low: 0, high: 20 });
    expect(stored(await deriveContent(xml("SING_VACC.xml")))?.cda?.vaccinations).toEqual([
      { date: "2022-03-30T09:10:00.000Z", name: "ARIXTRA*2,5MG/0,5MLSC 10SIR.", aicCode: "035606033", atcCode: "B01AX05", lot: "20", doseNumber: 3 },
    ]);
  });

  it("keeps the narrative as it was sanitised, never the raw markup", async () => {
    const hostile = `<ClinicalDocument xmlns="urn:hl7-org:v3"><component><structuredBody><component><section><title>Esito</title><text><paragraph onclick="alert(1)">Valori <linkHtml href="javascript:alert(1)">nella norma</linkHtml></paragraph></text></section></component></structuredBody></component></ClinicalDocument>`;
    const html = JSON.stringify(stored(await deriveContent(Buffer.from(hostile)))?.cda?.sections);
    expect(html).toContain("nella norma");
    expect(html).not.toMatch(/onclick|javascript:|href=/i);
  });
});

describe("a file that cannot be read gives the message the page shows, never an exception", () => {
  const messageOf = async (file: Uint8Array) => {
    const derived = await deriveContent(file);
    expect(derived.cda).toBeNull();
    expect(stored(derived)).toStrictEqual({ cda: null, error: derived.error });
    return derived.error;
  };

  it("a PDF without a CDA, a truncated PDF, a damaged PDF", async () => {
    const blank = await PDFDocument.create();
    blank.addPage();
    expect(await messageOf(await blank.save())).toBe("Il PDF non contiene un documento CDA2 allegato.");
    expect(await messageOf(pdf("LAB.pdf").subarray(0, 3000))).toMatch(/^Il PDF (è danneggiato|non contiene)/);
    expect(await messageOf(Buffer.from("%PDF-1.4\n garbage"))).toMatch(/^Il PDF (è danneggiato|non contiene)/);
  });

  it("truncated XML, XML that is not a CDA, an external entity, noise, an empty file", async () => {
    const lab = xml("LAB.xml");
    for (const file of [lab.subarray(0, lab.length / 2), Buffer.from(""), Uint8Array.from({ length: 2048 }, (_, i) => (i * 7919) % 256)]) {
      expect(await messageOf(file)).toMatch(/[a-z]/);
    }
    expect(await messageOf(Buffer.from("<fattura><totale>10</totale></fattura>"))).toBe("Il file XML non è un documento clinico CDA2 (manca ClinicalDocument).");
    expect(await messageOf(Buffer.from(`<!DOCTYPE x [<!ENTITY f SYSTEM "file:///etc/passwd">]><ClinicalDocument>&f;</ClinicalDocument>`))).not.toContain("root:");
  });
});

describe("the stored form is versioned", () => {
  it("a blob of another format version, or not a derived blob at all, is not taken for content", async () => {
    const current = JSON.parse(Buffer.from(encodeDerived(await deriveContent(xml("LAB.xml")))).toString("utf8")) as DerivedContent;
    expect(decodeDerived(Buffer.from(JSON.stringify({ ...current, v: DERIVED_FORMAT_VERSION + 1 })))).toBeNull();
    expect(decodeDerived(Buffer.from(JSON.stringify({ ...current, v: undefined })))).toBeNull();
    expect(decodeDerived(pdf("LAB.pdf"))).toBeNull();
    expect(decodeDerived(Buffer.from("null"))).toBeNull();
  });
});
