import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { ParseOption, XmlBufferInputProvider, XmlDocument, XmlLibError, xmlRegisterInputProvider, XsdValidator } from "libxml2-wasm";
import { CATALOG_DIR } from "./catalogs";
import type { Issue } from "./types";

// Well-formedness and the CDA2 XML Schema (POCD_MT000040UV02), checked with libxml2 compiled to WebAssembly.
// The schema is compiled once per process. The parser reads nothing but the schema files (they are served
// from memory by name), never the network, and substitutes no entities.

const SCHEMA_DIR = path.join(CATALOG_DIR, "schema");
const ROOT_SCHEMA = path.join(SCHEMA_DIR, "CDA.xsd");
const PARSE_OPTIONS = ParseOption.XML_PARSE_NONET | ParseOption.XML_PARSE_NO_XXE;
export const MAX_SCHEMA_ISSUES = 100;

let validator: XsdValidator | null = null;

function schemaValidator(): XsdValidator {
  if (validator) return validator;
  const files: Record<string, Uint8Array> = {};
  for (const directory of [SCHEMA_DIR, path.join(SCHEMA_DIR, "coreschemas")]) {
    for (const name of readdirSync(directory).filter((file) => file.endsWith(".xsd"))) {
      files[path.join(directory, name)] = readFileSync(path.join(directory, name));
    }
  }
  // libxml2 asks for includes by the path it resolves, "./coreschemas/x.xsd" included.
  for (const [file, bytes] of Object.entries(files)) files[file.replace(`${SCHEMA_DIR}/coreschemas/`, `${SCHEMA_DIR}/./coreschemas/`)] = bytes;
  xmlRegisterInputProvider(new XmlBufferInputProvider(files));
  const schema = XmlDocument.fromBuffer(files[ROOT_SCHEMA]!, { url: ROOT_SCHEMA, option: PARSE_OPTIONS });
  try {
    validator = XsdValidator.fromDoc(schema);
  } finally {
    schema.dispose();
  }
  return validator;
}

const clean = (message: string) => message.replace(/\s+/g, " ").trim();

function issuesOf(error: unknown): Issue[] {
  const details = error instanceof XmlLibError ? error.details : [];
  if (details.length === 0) return [{ category: "syntax", ruleId: null, message: clean(error instanceof Error ? error.message : String(error)), location: null }];
  // A hostile document can break the schema once per element: the answer names the first ones and the count.
  const issues: Issue[] = details
    .slice(0, MAX_SCHEMA_ISSUES)
    .map((detail) => ({ category: "syntax", ruleId: null, message: clean(detail.message), location: detail.line > 0 ? `riga ${detail.line}` : null }));
  if (details.length > MAX_SCHEMA_ISSUES) {
    issues.push({ category: "syntax", ruleId: null, message: `Altri ${details.length - MAX_SCHEMA_ISSUES} errori di sintassi non elencati.`, location: null });
  }
  return issues;
}

export type ParsedXml = { document: XmlDocument } | { issues: Issue[] };

/** Parses XML bytes with libxml2; the caller disposes the document. Input must already be screened (see validate.ts). */
export function parseXml(bytes: Uint8Array): ParsedXml {
  try {
    return { document: XmlDocument.fromBuffer(bytes, { option: PARSE_OPTIONS }) };
  } catch (error) {
    return { issues: issuesOf(error) };
  }
}

/** Every XML Schema violation of the document, each with its line. */
export function xmlSchemaIssues(document: XmlDocument): Issue[] {
  try {
    schemaValidator().validate(document);
    return [];
  } catch (error) {
    return issuesOf(error);
  }
}
