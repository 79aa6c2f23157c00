// What the catalogue build needs to know of a schematron beyond its rules: the document type it checks (the
// LOINC code and national templateId its ClinicalDocument rule requires) and the code systems its rules name:
// every OID literal in its expressions (compared with @codeSystem directly or through a variable); the build
// keeps those that have a terminology file.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";

const LOINC = "2.16.840.1.113883.6.1";

export const sha256 = (text) => createHash("sha256").update(text).digest("hex");

/** The hash of everything that shapes a compiled file besides its source: the converter and the compiler. */
export function generatorHash(root) {
  const parts = ["scripts/schematron/to-xslt.mjs", "scripts/schematron/facts.mjs", "node_modules/xslt3/package.json", "node_modules/saxon-js/package.json"];
  return sha256(parts.map((file) => readFileSync(path.join(root, file), "utf8")).join("\u0000"));
}

function withoutComments(text) {
  return text.replace(/<!--[\s\S]*?-->/g, "");
}

export function catalogueFacts(schematronText) {
  const text = withoutComments(schematronText);
  const documentRule = /<rule\s+context="(?:\/)?hl7:ClinicalDocument"\s*>([\s\S]*?)<\/rule>/.exec(text)?.[1];
  if (!documentRule) throw new Error("nessuna regola con contesto hl7:ClinicalDocument");
  const code = new RegExp(`hl7:code\\[@code='([^']+)'\\]\\[@codeSystem='${LOINC.replace(/\./g, "\\.")}'\\]`).exec(documentRule)?.[1];
  if (!code) throw new Error("la regola del documento non richiede un codice LOINC");
  const templateIds = [...new Set([...documentRule.matchAll(/hl7:templateId\[@root='([0-9.]+)'\]/g)].map((match) => match[1]))];
  const codeSystems = [...new Set([...text.matchAll(/(?:'|&quot;|")([0-9]+(?:\.[0-9]+){3,})(?:'|&quot;|")/g)].map((match) => match[1]))].sort();
  return { loinc: code, templateIds, codeSystems };
}
