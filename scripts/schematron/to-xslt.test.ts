import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import SaxonJS from "saxon-js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { catalogueFacts } from "./facts.mjs";
import { schematronToXslt } from "./to-xslt.mjs";

// One schematron that uses every construct the converter supports, compiled with the same compiler the
// catalogue build uses, then run on small documents.
const SCHEMA = `<?xml version="1.0" encoding="UTF-8"?>
<schema xmlns="http://purl.oclc.org/dsdl/schematron" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" queryBinding="xslt2">
  <ns prefix="hl7" uri="urn:hl7-org:v3"/>
  <let name="documentCode" value="string(/hl7:ClinicalDocument/hl7:code/@code)"/>
  <pattern id="header">
    <let name="sections" value="count(//hl7:section)"/>
    <rule context="hl7:ClinicalDocument">
      <let name="ids" value="count(hl7:id)"/>
      <assert test="$ids = 1">ERR-1| L'elemento <name/> deve avere un id, ne ha <value-of select="$ids"/></assert>
      <assert test="$documentCode = '11502-2'">ERR-2| tipo <value-of select="$documentCode"/> inatteso</assert>
      <assert test="$sections &gt; 0">ERR-3| almeno una sezione</assert>
      <report test="not(hl7:title)">W-1| si raccomanda il titolo</report>
    </rule>
    <rule context="hl7:section[hl7:code/@code = 'X']">
      <assert test="false()">ERR-4| la prima regola che corrisponde vince</assert>
    </rule>
    <rule context="hl7:section">
      <let name="where">
        <xsl:for-each select="ancestor-or-self::*"><xsl:value-of select="concat('/', local-name())"/></xsl:for-each>
      </let>
      <assert test="hl7:title">ERR-5| sezione senza titolo in <value-of select="$where"/></assert>
    </rule>
  </pattern>
  <pattern id="second">
    <rule context="hl7:section">
      <report test="true()">W-2 senza barra</report>
    </rule>
  </pattern>
</schema>`;

const doc = (body: string) => `<ClinicalDocument xmlns="urn:hl7-org:v3">${body}</ClinicalDocument>`;

let scratch = "";
let stylesheet: unknown;

type Finding = { kind: string; message: string; location: string };
async function run(xml: string): Promise<Finding[]> {
  const result = await SaxonJS.transform({ stylesheetInternal: stylesheet, sourceText: xml, destination: "serialized" }, "async");
  return (JSON.parse(result.principalResult) as Finding[]).map((finding) => ({ ...finding, message: finding.message.replace(/\s+/g, " ").trim() }));
}

beforeAll(() => {
  scratch = mkdtempSync(path.join(tmpdir(), "to-xslt-"));
  writeFileSync(path.join(scratch, "rules.xsl"), schematronToXslt(SCHEMA));
  const compiler = path.resolve(import.meta.dirname, "..", "..", "node_modules", "xslt3", "xslt3.js");
  execFileSync(process.execPath, [compiler, `-xsl:${path.join(scratch, "rules.xsl")}`, `-export:${path.join(scratch, "rules.sef.json")}`, "-nogo", "-relocate:on"]);
  stylesheet = JSON.parse(readFileSync(path.join(scratch, "rules.sef.json"), "utf8"));
}, 60_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("Schematron compiled to XSLT", () => {
  it("reports nothing for a document that satisfies every rule", async () => {
    expect(await run(doc(`<id/><code code="11502-2"/><title/><component><section><title/></section></component>`))).toEqual([
      { kind: "report", message: "W-2 senza barra", location: "/Q{urn:hl7-org:v3}ClinicalDocument[1]/Q{urn:hl7-org:v3}component[1]/Q{urn:hl7-org:v3}section[1]" },
    ]);
  });

  it("lists every failed assert with its message, <name/>, <value-of/> and schema, pattern and rule variables", async () => {
    const findings = await run(doc(`<id/><id/><code code="34105-7"/>`));
    expect(findings.map((finding) => finding.message)).toEqual([
      "ERR-1| L'elemento ClinicalDocument deve avere un id, ne ha 2",
      "ERR-2| tipo 34105-7 inatteso",
      "ERR-3| almeno una sezione",
      "W-1| si raccomanda il titolo",
    ]);
    expect(findings.map((finding) => finding.kind)).toEqual(["assert", "assert", "assert", "report"]);
  });

  it("fires only the first rule of a pattern that matches a node, and evaluates a let written as XSLT", async () => {
    const findings = await run(doc(`<id/><code code="11502-2"/><title/><component><section><code code="X"/></section><section/></component>`));
    const messages = findings.map((finding) => finding.message);
    expect(messages).toContain("ERR-4| la prima regola che corrisponde vince");
    expect(messages).toContain("ERR-5| sezione senza titolo in /ClinicalDocument/component/section");
    expect(messages.filter((message) => message.startsWith("ERR-5"))).toHaveLength(1);
    // The second pattern sees both sections: patterns are independent.
    expect(messages.filter((message) => message === "W-2 senza barra")).toHaveLength(2);
  });

  it("refuses constructs it does not implement instead of ignoring them", () => {
    const withPhase = SCHEMA.replace("<pattern id=\"header\">", "<phase id=\"p\"/><pattern id=\"header\">");
    expect(() => schematronToXslt(withPhase)).toThrow(/phase/);
    expect(() => schematronToXslt(SCHEMA.replace('queryBinding="xslt2"', 'queryBinding="exslt"'))).toThrow(/queryBinding/);
    expect(() => schematronToXslt("<schema/>")).toThrow(/ISO Schematron/);
    expect(() => schematronToXslt(SCHEMA.replace("<pattern id=\"second\">", "<pattern id=\"second\" abstract=\"true\">"))).toThrow(/abstract/);
  });

  it("reads the document type a schematron checks from its ClinicalDocument rule", () => {
    const facts = catalogueFacts(`<schema><pattern><rule context="hl7:ClinicalDocument">
      <assert test="count(hl7:templateId[@root='2.16.840.1.113883.2.9.10.1.1'])=1">x</assert>
      <assert test="count(hl7:code[@code='11502-2'][@codeSystem='2.16.840.1.113883.6.1'])=1">y</assert>
      <assert test="hl7:confidentialityCode[@codeSystem='2.16.840.1.113883.5.25']">z</assert></rule></pattern></schema>`);
    // Every OID literal: the build keeps those that have a terminology file.
    expect(facts).toEqual({
      loinc: "11502-2",
      templateIds: ["2.16.840.1.113883.2.9.10.1.1"],
      codeSystems: ["2.16.840.1.113883.2.9.10.1.1", "2.16.840.1.113883.5.25", "2.16.840.1.113883.6.1"],
    });
  });
});
