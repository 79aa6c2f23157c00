import { readFileSync } from "node:fs";
import path from "node:path";
import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { CdaError } from "./errors";
import { parseCda } from "./parse";
import { cdaBytesOf, extractCdaFromPdf } from "./pdf";

// The official FSE samples live beside the project (../shared/samples), read by path, never copied.
const samples = path.resolve(import.meta.dirname, "..", "..", "..", "shared", "samples");
const xml = (name: string) => readFileSync(path.join(samples, "cda", name));
const pdf = (name: string) => readFileSync(path.join(samples, "pdf", name));

const EXPECTED = [
  { file: "LAB.xml", type: "11502-2", patient: "GTWGWY82B42G920M", date: "2022-03-30T10:24:26.000Z", author: "Dr Matteo Test", title: "REFERTO DI LABORATORIO" },
  { file: "RSA.xml", type: "11488-4", patient: "GTWGWY82B42G920M", date: "2022-05-09T09:30:00.000Z", author: "Dott. Matteo Test", title: "Referto di Specialistica Ambulatoriale" },
  { file: "LDO.xml", type: "34105-7", patient: "GTWGWY82B42G920M", date: "2022-04-17T09:00:00.000Z", author: "Dott. Matteo Cervone", title: "" },
  { file: "PSS.xml", type: "60591-5", patient: "RSSMRA22A01A399Z", date: "2022-05-10T11:00:00.000Z", author: "Dott. Matteo Prova", title: "Profilo Sanitario Sintetico" },
  { file: "RAD.xml", type: "68604-8", patient: "GTWGWY82B42G920M", date: "2022-03-30T10:24:26.000Z", author: "Matteo Test", title: "REFERTO RADIOLOGICO" },
  { file: "RAP.xml", type: "11526-1", patient: "PROVAX00X00X000Y", date: "2023-03-30T10:24:26.000Z", author: "Dott. Matteo Prova", title: "Referto di anatomia patologica" },
  { file: "CERT_VACC.xml", type: "82593-5", patient: "RSSMRA22A01A399Z", date: "2022-02-10T17:30:23.000Z", author: "Matteo Prova", title: "Certificato Vaccinale" },
  { file: "SING_VACC.xml", type: "87273-9", patient: "GTWGWY82B42G920M", date: "2022-02-10T17:30:23.000Z", author: "Matteo Prova", title: "Scheda della singola Vaccinazione" },
  { file: "VPS.xml", type: "59258-4", patient: "GTWGWY82B42G920M", date: "2022-04-18T11:30:00.000Z", author: "Dott. Matteo Prova", title: "VERBALE DI PRONTO SOCCORSO" },
];

describe("CDA2 header and content from the official samples", () => {
  it.each(EXPECTED)("reads $file", (expected) => {
    const document = parseCda(xml(expected.file));
    expect(document.typeCode).toBe(expected.type);
    expect(document.patient.fiscalCode).toBe(expected.patient);
    expect(document.effectiveTime).toBe(expected.date);
    expect(document.author.name).toBe(expected.author);
    expect(document.title).toBe(expected.title);
    expect(document.sections.length).toBeGreaterThan(0);
  });

  it("reads the structured lab result with LOINC code, value, UCUM unit and reference range", () => {
    expect(parseCda(xml("LAB.xml")).labResults).toEqual([
      {
        code: "14957-5",
        name: "Microalbumin Massa/Volume in Urine",
        value: "16.00",
        numericValue: 16,
        unit: "mg/L",
        low: 0,
        high: 20,
        interpretation: "N",
        outOfRange: false,
        effectiveTime: "2022-03-30T10:24:26.000Z",
      },
    ]);
  });

  it("reads each vaccination with its product codes, lot, dose number and date", () => {
    const expected = { date: "2022-03-30T09:10:00.000Z", name: "ARIXTRA*2,5MG/0,5MLSC 10SIR.", aicCode: "035606033", atcCode: "B01AX05", lot: "20", doseNumber: 3 };
    expect(parseCda(xml("SING_VACC.xml")).vaccinations).toEqual([expected]);
    expect(parseCda(xml("CERT_VACC.xml")).vaccinations[0]).toEqual(expected);
    expect(parseCda(xml("LAB.xml")).vaccinations).toEqual([]);
  });

  it("renders every section's narrative without script, handlers or links", () => {
    for (const { file } of EXPECTED) {
      const html = JSON.stringify(parseCda(xml(file)).sections);
      expect(html).not.toMatch(/<script|onerror=|onclick=|href=|javascript:/i);
    }
    const pss = parseCda(xml("PSS.xml"));
    expect(pss.sections.map((section) => section.title).join(" ")).toMatch(/Allergie/i);
  });

  it("turns hostile narrative markup into inert text", () => {
    const hostile = `<ClinicalDocument xmlns="urn:hl7-org:v3"><code code="11488-4"/><component><structuredBody><component><section>
      <title>Esito</title><text><paragraph>ok <linkHtml href="javascript:alert(1)">clic</linkHtml></paragraph>
      <script>alert(1)</script><table><tr><td onmouseover="x()" colspan="2">&lt;img src=x onerror=alert(1)&gt;</td></tr></table></text>
      </section></component></structuredBody></component></ClinicalDocument>`;
    const html = parseCda(hostile).sections[0]!.html;
    expect(html).toContain('<td colspan="2">&lt;img src=x onerror=alert(1)&gt;</td>');
    expect(html).not.toMatch(/<script|href=|onmouseover|<img/);
  });
});

describe("CDA2 embedded in the official PDFs", () => {
  it.each([
    ["LAB.pdf", "11502-2", "GTWGWY82B42G920M"],
    ["LDO.pdf", "34105-7", "TSTSMN63A01F205H"],
    ["RAD.pdf", "68604-8", "GTWGWY82B42G920M"],
    ["VPS.pdf", "59258-4", "GTWGWY82B42G920M"],
  ])("extracts and reads %s", async (file, type, patient) => {
    const document = parseCda(await extractCdaFromPdf(pdf(file)));
    expect(document.typeCode).toBe(type);
    expect(document.patient.fiscalCode).toBe(patient);
    expect(document.author.name.length).toBeGreaterThan(0);
    expect(document.effectiveTime).not.toBeNull();
  });

  it("finds the lab results inside LAB.pdf", async () => {
    expect(parseCda(await extractCdaFromPdf(pdf("LAB.pdf"))).labResults[0]).toMatchObject({ code: "14957-5", unit: "mg/L" });
  });

  it("accepts bare XML and PDF through one entry point", async () => {
    expect(parseCda(await cdaBytesOf(xml("VPS.xml"))).typeCode).toBe("59258-4");
    expect(parseCda(await cdaBytesOf(pdf("VPS.pdf"))).typeCode).toBe("59258-4");
  });
});

async function refusal(run: () => unknown): Promise<CdaError> {
  try {
    await run();
  } catch (error) {
    expect(error).toBeInstanceOf(CdaError);
    expect((error as CdaError).message).toMatch(/[a-z]/);
    return error as CdaError;
  }
  throw new Error("expected a refusal");
}

describe("malformed input is refused with a clear error, never a crash or a hang", () => {
  it("truncated XML", async () => {
    const lab = xml("LAB.xml");
    expect((await refusal(() => parseCda(lab.subarray(0, lab.length / 2)))).code).toBe("NOT_XML");
  });

  it("not XML at all, binary noise, empty input", async () => {
    expect((await refusal(() => parseCda("Gentile paziente, ecco il referto"))).code).toBe("NOT_XML");
    expect((await refusal(() => parseCda(Uint8Array.from({ length: 2048 }, (_, i) => (i * 7919) % 256)))).code).toBe("NOT_XML");
    expect((await refusal(() => parseCda(""))).code).toBe("NOT_XML");
  });

  it("an XML bomb (entity expansion) and an external entity", async () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]><ClinicalDocument>&lol3;</ClinicalDocument>`;
    expect((await refusal(() => parseCda(bomb))).code).toBe("UNSAFE_XML");
    const xxe = `<!DOCTYPE x [<!ENTITY f SYSTEM "file:///etc/passwd">]><ClinicalDocument>&f;</ClinicalDocument>`;
    expect((await refusal(() => parseCda(xxe))).code).toBe("UNSAFE_XML");
  });

  it("a huge file", async () => {
    const huge = "<ClinicalDocument>" + " ".repeat(11 * 1024 * 1024) + "</ClinicalDocument>";
    expect((await refusal(() => parseCda(huge))).code).toBe("TOO_LARGE");
  });

  it("well-formed XML that is not a CDA", async () => {
    expect((await refusal(() => parseCda("<fattura><totale>10</totale></fattura>"))).code).toBe("NOT_CDA");
  });

  it("absurdly deep nesting is read without exhausting the stack", () => {
    const deep = `<ClinicalDocument xmlns="urn:hl7-org:v3"><component><structuredBody><component><section><text>${"<content>".repeat(5000)}x${"</content>".repeat(5000)}</text></section></component></structuredBody></component></ClinicalDocument>`;
    expect(() => parseCda(deep)).not.toThrow();
  });

  it("a PDF without a CDA, a truncated PDF and a file that only claims to be a PDF", async () => {
    const blank = await PDFDocument.create();
    blank.addPage();
    const blankBytes = await blank.save();
    expect((await refusal(() => extractCdaFromPdf(blankBytes))).code).toBe("NO_CDA_IN_PDF");
    const lab = pdf("LAB.pdf");
    expect(["NOT_PDF", "NO_CDA_IN_PDF"]).toContain((await refusal(() => extractCdaFromPdf(lab.subarray(0, 3000)))).code);
    expect((await refusal(() => extractCdaFromPdf(Buffer.from("%PDF-1.4\n garbage")))).code).toMatch(/NOT_PDF|NO_CDA_IN_PDF/);
    expect((await refusal(() => extractCdaFromPdf(Buffer.from("not a pdf")))).code).toBe("NOT_PDF");
  });

  it("an attachment that is not a CDA is not mistaken for one", async () => {
    const document = await PDFDocument.create();
    document.addPage();
    await document.attach(Buffer.from("<fattura/>"), "fattura.xml", { mimeType: "text/xml" });
    expect((await refusal(async () => extractCdaFromPdf(await document.save()))).code).toBe("NO_CDA_IN_PDF");
  });
});
