import { describe, expect, it } from "vitest";
import { parseXml, xmlSchemaIssues } from "./xml-schema";

// validate.ts refuses DTDs before parsing; these check that the parser would not betray us without that screen.
describe("the XML parser behind the schema check", () => {
  it("does not read a file named by an external entity", () => {
    const parsed = parseXml(new TextEncoder().encode(`<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]><a>&x;</a>`));
    const text = "document" in parsed ? parsed.document.toString() : JSON.stringify(parsed.issues);
    if ("document" in parsed) parsed.document.dispose();
    expect(text).not.toMatch(/root:/);
  });

  it("reports each schema violation with its line, and none for a conforming document", () => {
    const parsed = parseXml(new TextEncoder().encode(`<ClinicalDocument xmlns="urn:hl7-org:v3">\n<colore/>\n</ClinicalDocument>`));
    if (!("document" in parsed)) throw new Error("atteso un documento ben formato");
    const issues = xmlSchemaIssues(parsed.document);
    parsed.document.dispose();
    expect(issues[0]).toEqual(expect.objectContaining({ category: "syntax", location: "riga 2", message: expect.stringContaining("colore") }));
  });

  it("names the line of a well-formedness error", () => {
    expect(parseXml(new TextEncoder().encode("<a>\n<b></a>"))).toEqual({ issues: [expect.objectContaining({ category: "syntax", location: "riga 2" })] });
  });
});
