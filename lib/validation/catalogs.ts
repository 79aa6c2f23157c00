import { readFileSync } from "node:fs";
import path from "node:path";

// The vendored official catalogues (README.md beside them). Read from the working directory, as the font
// files are: the server and the tests both run from the project root, and a bundler would move this module.
export const CATALOG_DIR = path.join(process.cwd(), "lib", "validation", "catalogs");

export type SchematronEntry = {
  /** The .sch file name without extension, e.g. "schematronFSE_LAB_v27.1". */
  name: string;
  /** The LOINC code the schematron's ClinicalDocument rule requires. */
  loinc: string;
  /** The national templateId roots that rule requires. */
  templateIds: string[];
  /** The code systems its rules name that have a terminology file. */
  codeSystems: string[];
  sourceSha256: string;
};

export type CatalogManifest = {
  source: { repository: string; commit: string };
  generatorSha256: string;
  schematrons: SchematronEntry[];
};

let manifest: CatalogManifest | null = null;

export function catalogManifest(): CatalogManifest {
  manifest ??= JSON.parse(readFileSync(path.join(CATALOG_DIR, "manifest.json"), "utf8")) as CatalogManifest;
  return manifest;
}
