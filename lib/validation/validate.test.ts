import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cdaFromUpload } from "@/lib/cda/pdf";
import type { Issue } from "./types";
import { validateCda } from "./validate";

// The official samples live beside the project (../shared/samples), read by path, never copied.
const samples = path.resolve(import.meta.dirname, "..", "..", "..", "shared", "samples");
const sampleText = (name: string) => readFileSync(path.join(samples, "cda", name), "utf8");
const bytes = (text: string) => new TextEncoder().encode(text);
const ruleIds = (issues: Issue[]) => issues.map((issue) => issue.ruleId);

// VPS.xml (and the CDA inside VPS.pdf) predates schematron_VPS_v3.8: its legal authenticator's address has no
// streetAddressLine, which two asserts of v3.8 require. Every other sample passes the current rules as is.
const VPS_KNOWN = ["ERRORE-56", "ERRORE-46a"];

describe("the official samples", () => {
  it.each([
    ["CERT_VACC.xml", "82593-5", "schematron_certificato_VACC_v2.4"],
    ["LAB.xml", "11502-2", "schematronFSE_LAB_v27.1"],
    ["LDO.xml", "34105-7", "schematronFSE_LDO_v5.5"],
    ["PSS.xml", "60591-5", "schematron_PSS_v4.0"],
    ["RAD.xml", "68604-8", "schematronFSE_RAD_v4.1"],
    ["RAP.xml", "11526-1", "schematronFSE_RAP_1.4"],
    ["RSA.xml", "11488-4", "schematron_RSA_v8.3"],
    ["SING_VACC.xml", "87273-9", "schematron_singola_VACC_v3.3"],
  ])("%s passes its type's schema, schematron and vocabulary", async (file, loinc, schematron) => {
    const outcome = await validateCda(bytes(sampleText(file)));
    expect(outcome).toEqual({ documentType: { loinc, schematron }, errors: [], warnings: [] });
  });

  it("VPS.xml fails only the two address rules its legal authenticator breaks", async () => {
    const outcome = await validateCda(bytes(sampleText("VPS.xml")));
    expect(outcome.documentType).toEqual({ loinc: "59258-4", schematron: "schematron_VPS_v3.8" });
    expect(ruleIds(outcome.errors)).toEqual(VPS_KNOWN);
    expect(outcome.errors.every((issue) => issue.category === "semantic" && issue.location?.startsWith("/ClinicalDocument[1]/legalAuthenticator[1]/assignedEntity[1]"))).toBe(true);
    // Given the street the rules ask for, it passes.
    const [before, after] = sampleText("VPS.xml").split("<legalAuthenticator>");
    const fixed = `${before}<legalAuthenticator>${after!.replace("</city>", "</city><streetAddressLine>Via Roma 1</streetAddressLine>")}`;
    expect((await validateCda(bytes(fixed))).errors).toEqual([]);
  });

  it.each([
    ["LAB.pdf", []],
    ["LDO.pdf", []],
    ["RAD.pdf", []],
    ["VPS.pdf", VPS_KNOWN],
  ])("the CDA attached to %s validates", async (file, expected) => {
    const cda = await cdaFromUpload(readFileSync(path.join(samples, "pdf", file)), "ATTACHMENT");
    const outcome = await validateCda(cda);
    expect(outcome.documentType?.schematron).not.toBeNull();
    expect(ruleIds(outcome.errors)).toEqual(expected);
  });
});

describe("targeted mutations of the samples", () => {
  it("a missing required element gives the rule's id, at the element that lacks it", async () => {
    const outcome = await validateCda(bytes(sampleText("RAD.xml").replace('<realmCode code="IT"/>', "")));
    expect(outcome.errors).toEqual([
      { category: "semantic", ruleId: "ERRORE-1", message: "L'elemento ClinicalDocument DEVE avere almeno un elemento 'realmCode'", location: "/ClinicalDocument[1]" },
      expect.objectContaining({ category: "semantic", ruleId: "ERRORE-2" }),
    ]);
  });

  it("lists every failing rule, not only the first", async () => {
    const broken = sampleText("RAD.xml").replace('<realmCode code="IT"/>', "").replace('root="2.16.840.1.113883.2.9.10.1.7.1"', 'root="2.16.840.1.113883.2.9.10.1.7.9"');
    expect(ruleIds((await validateCda(bytes(broken))).errors)).toEqual(["ERRORE-1", "ERRORE-2", "ERRORE-4"]);
  });

  it("a LOINC type outside the FSE list is a vocabulary error, and no schematron is chosen", async () => {
    const outcome = await validateCda(bytes(sampleText("LAB.xml").replace('code="11502-2"', 'code="99999-9"')));
    expect(outcome.documentType).toEqual({ loinc: "99999-9", schematron: null });
    expect(outcome.errors).toEqual([expect.objectContaining({ category: "vocabulary", ruleId: null, message: expect.stringContaining("99999-9") })]);
  });

  it("a code outside a value set the rules name is a vocabulary error", async () => {
    const outcome = await validateCda(bytes(sampleText("LAB.xml").replace('interpretationCode code="N"', 'interpretationCode code="QQ"')));
    expect(outcome.errors).toEqual([
      { category: "vocabulary", ruleId: null, message: expect.stringMatching(/"QQ".*2\.16\.840\.1\.113883\.5\.83\b/), location: "riga 367" },
    ]);
  });

  it("a code outside a value set the rules reach through a variable is a vocabulary error too", async () => {
    const outcome = await validateCda(bytes(sampleText("LAB.xml").replace('administrativeGenderCode code="M"', 'administrativeGenderCode code="Q"')));
    expect(outcome.errors.filter((issue) => issue.category === "vocabulary")).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/"Q".*2\.16\.840\.1\.113883\.5\.1\./), location: "riga 43" }),
    ]);
  });

  it("an element the XML Schema does not allow is a syntax error with its line", async () => {
    const outcome = await validateCda(bytes(sampleText("LAB.xml").replace('<realmCode code="IT"/>', '<realmCode code="IT"/><colore>blu</colore>')));
    expect(outcome.errors[0]).toEqual(expect.objectContaining({ category: "syntax", ruleId: null, location: "riga 3", message: expect.stringContaining("colore") }));
  });

  it("a document that breaks the schema gets its syntax errors only, at most a hundred and their count", async () => {
    // An attribute the schema does not know on every element, and a schematron rule broken too.
    const many = sampleText("LAB.xml").replace('<realmCode code="IT"/>', "").replace(/<([A-Za-z]\w*)(?=[\s>/])/g, '<$1 colore="blu"');
    const outcome = await validateCda(bytes(many));
    expect(outcome.documentType).toEqual({ loinc: "11502-2", schematron: null });
    expect(outcome.errors.every((issue) => issue.category === "syntax")).toBe(true);
    expect(outcome.errors).toHaveLength(101);
    expect(outcome.errors.at(-1)!.message).toMatch(/^Altri \d+ errori di sintassi/);
    expect(outcome.errors[0]!.message).toContain("colore");
  });

  it("a report that fires is a warning, and the document stays valid", async () => {
    const outcome = await validateCda(bytes(sampleText("RAD.xml").replace('displayName="Referto Radiologico"', 'displayName="Altro"')));
    expect(outcome.errors).toEqual([]);
    expect(outcome.warnings).toEqual([expect.objectContaining({ category: "semantic", ruleId: "W001", location: "/ClinicalDocument[1]" })]);
  });

  it("chooses the schematron by templateId where one LOINC code has several", async () => {
    const outcome = await validateCda(bytes(sampleText("LAB.xml").replace('code="11502-2"', 'code="57833-6"').replace('root="2.16.840.1.113883.2.9.10.1.1"', 'root="2.16.840.1.113883.2.9.10.1.3.1"')));
    expect(outcome.documentType).toEqual({ loinc: "57833-6", schematron: "schematron_PrFNoSSN_1.2" });
    expect(outcome.errors.length).toBeGreaterThan(0);
  });
});

describe("untrusted input", () => {
  const BILLION_LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
<!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;"><!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
<!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;"><!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
<!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">]>
<ClinicalDocument xmlns="urn:hl7-org:v3"><title>&lol9;</title></ClinicalDocument>`;
  const EXTERNAL_ENTITY = `<?xml version="1.0"?><!DOCTYPE ClinicalDocument [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<ClinicalDocument xmlns="urn:hl7-org:v3"><title>&xxe;</title></ClinicalDocument>`;

  const refusedAsSyntax = (outcome: Awaited<ReturnType<typeof validateCda>>) => {
    expect(outcome.documentType).toBeNull();
    expect(outcome.errors.length).toBeGreaterThan(0);
    expect(outcome.errors.every((issue) => issue.category === "syntax")).toBe(true);
  };

  it("refuses a billion-laughs document before parsing it", async () => {
    const outcome = await validateCda(bytes(BILLION_LAUGHS));
    refusedAsSyntax(outcome);
    expect(outcome.errors[0]!.message).toMatch(/DTD/);
  });

  it("refuses an external entity, and never reads the file it names", async () => {
    const outcome = await validateCda(bytes(EXTERNAL_ENTITY));
    refusedAsSyntax(outcome);
    expect(JSON.stringify(outcome)).not.toMatch(/root:/);
  });

  it("refuses a DTD hidden in UTF-16, an oversized document and an empty one", async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(EXTERNAL_ENTITY, "utf16le")]);
    refusedAsSyntax(await validateCda(utf16));
    const huge = bytes(sampleText("LAB.xml").replace("</ClinicalDocument>", `<!--${"x".repeat(11 * 1024 * 1024)}--></ClinicalDocument>`));
    const outcome = await validateCda(huge);
    refusedAsSyntax(outcome);
    expect(outcome.errors[0]!.message).toMatch(/limite/);
    refusedAsSyntax(await validateCda(new Uint8Array()));
  });

  it("answers malformed, truncated, foreign or random input with syntax errors, never an exception", async () => {
    const lab = sampleText("LAB.xml");
    const inputs = [
      bytes(lab.slice(0, lab.length / 2)),
      bytes("<ClinicalDocument xmlns='urn:hl7-org:v3'><code code='11502-2'></ClinicalDocument>"),
      bytes("non è XML"),
      bytes("<html><body>ciao</body></html>"),
      readFileSync(path.join(samples, "pdf", "LAB.pdf")),
      Uint8Array.from({ length: 4096 }, (_, index) => (index * 7919 + 13) % 251 + 1),
    ];
    for (const input of inputs) refusedAsSyntax(await validateCda(input));
  });

  it("a CDA without a type is a vocabulary error, not a crash", async () => {
    const outcome = await validateCda(bytes("<ClinicalDocument xmlns='urn:hl7-org:v3'/>"));
    expect(outcome.documentType).toBeNull();
    expect(outcome.errors.map((issue) => issue.category)).toContain("vocabulary");
  });
});
