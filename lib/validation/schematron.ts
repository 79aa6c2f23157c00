import { readFileSync } from "node:fs";
import path from "node:path";
import SaxonJS from "saxon-js";
import { CATALOG_DIR } from "./catalogs";
import type { Issue } from "./types";

// Runs a document type's schematron, compiled once into a SaxonJS stylesheet by scripts/compile-schematron.mjs.
// The stylesheet returns every failed assert and fired report as JSON; a stylesheet is read on first use and
// then kept for the life of the process.

type Finding = { kind: "assert" | "report"; message: string; location: string };

const stylesheets = new Map<string, unknown>();

function stylesheet(name: string): unknown {
  let found = stylesheets.get(name);
  if (!found) {
    found = JSON.parse(readFileSync(path.join(CATALOG_DIR, "schematron", `${name}.sef.json`), "utf8"));
    stylesheets.set(name, found);
  }
  return found;
}

/** "ERRORE-5| L'elemento …" → rule id "ERRORE-5" and the message after the bar. */
export function splitRuleId(text: string): { ruleId: string | null; message: string } {
  const normalized = text.replace(/\s+/g, " ").trim();
  const bar = normalized.indexOf("|");
  if (bar < 0) return { ruleId: null, message: normalized };
  return { ruleId: normalized.slice(0, bar).trim() || null, message: normalized.slice(bar + 1).trim() };
}

// path() spells each step as Q{namespace}name[n]; the CDA namespace is implied.
const readablePath = (location: string) => location.replace(/Q\{urn:hl7-org:v3\}/g, "");

export async function schematronIssues(name: string, xmlText: string): Promise<{ errors: Issue[]; warnings: Issue[] }> {
  let findings: Finding[];
  try {
    // Synchronous evaluation: the asynchronous mode yields between instructions and is several times slower.
    const source = await SaxonJS.getResource({ text: xmlText, type: "xml" });
    const result = SaxonJS.transform({ stylesheetInternal: stylesheet(name), sourceNode: source, destination: "serialized" }, "sync");
    findings = JSON.parse(result.principalResult) as Finding[];
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { errors: [{ category: "semantic", ruleId: null, message: `Le regole dello schematron ${name} non hanno potuto valutare il documento: ${reason}`, location: null }], warnings: [] };
  }
  const errors: Issue[] = [];
  const warnings: Issue[] = [];
  for (const finding of findings) {
    const issue: Issue = { category: "semantic", ...splitRuleId(finding.message), location: readablePath(finding.location) };
    (finding.kind === "assert" ? errors : warnings).push(issue);
  }
  return { errors, warnings };
}
