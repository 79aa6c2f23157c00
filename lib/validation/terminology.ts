import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import type { XmlDocument, XmlElement } from "libxml2-wasm";
import { CATALOG_DIR } from "./catalogs";
import type { Issue } from "./types";

// The value sets of the FSE terminology, one CSV per code system OID (columns version, code, description,
// release_date). A code is valid when any version lists it. A file whose only record is the code
// "#WHITELIST#" marks a code system the gateway accepts without listing its codes. Each file is read once.

const WHITELIST = "#WHITELIST#";
const codeSets = new Map<string, Set<string> | null>();

export function codesOf(oid: string): Set<string> | null {
  if (codeSets.has(oid)) return codeSets.get(oid)!;
  const file = path.join(CATALOG_DIR, "terminology", `${oid}.csv`);
  let codes: Set<string> | null = null;
  if (/^[0-9.]+$/.test(oid) && existsSync(file)) {
    const rows = parse(readFileSync(file), { columns: true, skip_empty_lines: true, relax_column_count: true }) as { code?: string }[];
    codes = new Set(rows.map((row) => row.code ?? "").filter(Boolean));
  }
  codeSets.set(oid, codes);
  return codes;
}

/** Every coded element whose code system is one of `codeSystems` and whose code that system does not list. */
export function vocabularyIssues(document: XmlDocument, codeSystems: readonly string[]): Issue[] {
  if (codeSystems.length === 0) return [];
  const issues: Issue[] = [];
  for (const node of document.find("//*[@code and @codeSystem]")) {
    const element = node as XmlElement;
    const system = element.attr("codeSystem")?.value ?? "";
    if (!codeSystems.includes(system)) continue;
    const code = element.attr("code")?.value ?? "";
    const codes = codesOf(system);
    if (!codes || codes.has(WHITELIST) || codes.has(code)) continue;
    issues.push({
      category: "vocabulary",
      ruleId: null,
      message: `Il codice "${code}" dell'elemento ${element.name} non appartiene al sistema di codifica ${system}.`,
      location: `riga ${element.line}`,
    });
  }
  return issues;
}
