import { readFileSync } from "node:fs";
import path from "node:path";
import { deflateSync } from "node:zlib";
import { PDFDocument, PDFName, PDFRawStream, PDFString } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { CdaError } from "./errors";
import { cdaFromUpload, extractCdaFromPdf, listCdasInPdf, type InjectionMode } from "./pdf";

const samples = path.resolve(import.meta.dirname, "..", "..", "..", "shared", "samples");
const lab = readFileSync(path.join(samples, "cda", "LAB.xml"));
const rad = readFileSync(path.join(samples, "cda", "RAD.xml"));

type Build = { attachments?: readonly Uint8Array[]; resources?: readonly Uint8Array[] };

/** A PDF carrying CDAs as embedded files and/or as XFA resources (Names/XFAResources, as the gateway reads it). */
async function pdfWith({ attachments = [], resources = [] }: Build): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  document.addPage();
  for (const [index, bytes] of attachments.entries()) await document.attach(bytes, `cda-${index}.xml`, { mimeType: "text/xml" });
  if (resources.length > 0) {
    const names = resources.flatMap((bytes, index) => [
      PDFString.of(index === 0 ? "datasets" : `datasets-${index}`),
      document.context.register(document.context.flateStream(bytes)),
    ]);
    const nameTree = document.context.register(document.context.obj({ Names: names }));
    document.catalog.set(PDFName.of("Names"), document.context.obj({ XFAResources: nameTree }));
  }
  return document.save();
}

async function refusal(mode: InjectionMode, file: Uint8Array): Promise<CdaError> {
  const error = await cdaFromUpload(file, mode).then(() => null, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(CdaError);
  return error as CdaError;
}

describe("the CDA of an upload, by injection mode", () => {
  it("ATTACHMENT reads the one CDA embedded in each official PDF", async () => {
    for (const file of ["LAB.pdf", "LDO.pdf", "RAD.pdf", "VPS.pdf"]) {
      const pdf = readFileSync(path.join(samples, "pdf", file));
      const listed = await listCdasInPdf(pdf);
      expect(listed, file).toHaveLength(1);
      expect(Buffer.from(await cdaFromUpload(pdf, "ATTACHMENT")).toString("utf8")).toContain("ClinicalDocument");
    }
  });

  it("ATTACHMENT reads an embedded file, RESOURCE an XFA resource, each ignoring the other", async () => {
    const both = await pdfWith({ attachments: [lab], resources: [rad] });
    expect(Buffer.from(await cdaFromUpload(both, "ATTACHMENT")).equals(lab)).toBe(true);
    expect(Buffer.from(await cdaFromUpload(both, "RESOURCE")).equals(rad)).toBe(true);
    expect((await listCdasInPdf(both)).map((cda) => cda.placement)).toEqual(["EmbeddedFiles", "XFAResources"]);
    expect((await refusal("RESOURCE", await pdfWith({ attachments: [lab] }))).code).toBe("NO_CDA_IN_PDF");
    expect((await refusal("ATTACHMENT", await pdfWith({ resources: [lab] }))).code).toBe("NO_CDA_IN_PDF");
  });

  it("ATTACHMENT also finds a CDA behind a page's FileAttachment annotation, once even when it is also in the name tree", async () => {
    const document = await PDFDocument.create();
    const page = document.addPage();
    const spec = document.context.register(
      document.context.obj({ Type: "Filespec", F: PDFString.of("cda.xml"), EF: { F: document.context.register(document.context.flateStream(rad)) } }),
    );
    const annotation = document.context.register(document.context.obj({ Type: "Annot", Subtype: "FileAttachment", Rect: [0, 0, 10, 10], FS: spec }));
    page.node.set(PDFName.of("Annots"), document.context.obj([annotation]));
    const annotated = await document.save();
    expect((await listCdasInPdf(annotated)).map((cda) => cda.placement)).toEqual(["FileAttachment"]);
    expect(Buffer.from(await cdaFromUpload(annotated, "ATTACHMENT")).equals(rad)).toBe(true);
    // The same file spec listed in EmbeddedFiles as well is still one CDA.
    document.catalog.set(PDFName.of("Names"), document.context.obj({ EmbeddedFiles: document.context.obj({ Names: [PDFString.of("cda.xml"), spec] }) }));
    const twice = await document.save();
    expect((await listCdasInPdf(twice)).map((cda) => cda.placement)).toEqual(["EmbeddedFiles"]);
    expect(Buffer.from(await cdaFromUpload(twice, "ATTACHMENT")).equals(rad)).toBe(true);
  });

  it("refuses a PDF with no CDA, or with only files that are not CDA", async () => {
    const none = await refusal("ATTACHMENT", await pdfWith({}));
    expect(none).toMatchObject({ code: "NO_CDA_IN_PDF", message: "Il PDF non contiene un documento CDA2" });
    const notCda = await pdfWith({ attachments: [Buffer.from("<fattura/>"), Buffer.from("ClinicalDocument, ma testo")] });
    expect((await refusal("ATTACHMENT", notCda)).code).toBe("NO_CDA_IN_PDF");
  });

  it("refuses a PDF with two CDAs in the same mode", async () => {
    for (const [mode, build] of [["ATTACHMENT", { attachments: [lab, rad] }], ["RESOURCE", { resources: [lab, rad] }]] as const) {
      const error = await refusal(mode, await pdfWith(build));
      expect(error).toMatchObject({ code: "MANY_CDA_IN_PDF", message: "Il PDF contiene più di un documento CDA2" });
    }
  });

  it("accepts no bare XML in either mode, as the gateway requires a PDF", async () => {
    expect((await refusal("ATTACHMENT", lab)).code).toBe("NOT_PDF");
    expect((await refusal("RESOURCE", lab)).code).toBe("NOT_PDF");
  });

  it("does not inflate a compressed stream past the CDA size limit", async () => {
    const document = await PDFDocument.create();
    const bomb = deflateSync(Buffer.concat([Buffer.from('<ClinicalDocument xmlns="urn:hl7-org:v3">'), Buffer.alloc(64 * 1024 * 1024, 0x20)]));
    const stream = PDFRawStream.of(document.context.obj({ Filter: "FlateDecode", Length: bomb.length }), bomb);
    const nameTree = document.context.register(document.context.obj({ Names: [PDFString.of("datasets"), document.context.register(stream)] }));
    document.catalog.set(PDFName.of("Names"), document.context.obj({ XFAResources: nameTree }));
    expect((await refusal("RESOURCE", await document.save())).code).toBe("NO_CDA_IN_PDF");
  });

  it("skips an attachment it cannot decode and still finds the CDA beside it", async () => {
    const document = await PDFDocument.create();
    const undecodable = PDFRawStream.of(document.context.obj({ Filter: "JBIG2Decode", Length: 4 }), Uint8Array.of(1, 2, 3, 4));
    const names = [PDFString.of("x"), document.context.register(undecodable), PDFString.of("datasets"), document.context.register(document.context.flateStream(lab))];
    document.catalog.set(PDFName.of("Names"), document.context.obj({ XFAResources: document.context.register(document.context.obj({ Names: names })) }));
    expect(Buffer.from(await cdaFromUpload(await document.save(), "RESOURCE")).equals(lab)).toBe(true);
  });

  it("keeps the portal's reading of stored PDFs: the first CDA, whatever the mode", async () => {
    expect(Buffer.from(await extractCdaFromPdf(await pdfWith({ resources: [rad] }))).equals(rad)).toBe(true);
  });
});
