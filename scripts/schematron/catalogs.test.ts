import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { catalogueFacts, generatorHash, sha256 } from "./facts.mjs";
import { schematronToXslt } from "./to-xslt.mjs";

// The compiled catalogues are committed (decision 0015). They are up to date when each was made from the
// official schematron of the same hash, by the same converter and compiler: otherwise run
// `node scripts/compile-schematron.mjs`.
const root = path.resolve(import.meta.dirname, "..", "..");
const vendored = path.join(root, "lib", "validation", "catalogs");
const official = path.join(root, "..", "shared", "reference", "fse-catalogs");
const manifest = JSON.parse(readFileSync(path.join(vendored, "manifest.json"), "utf8")) as {
  generatorSha256: string;
  schematrons: { name: string; loinc: string; templateIds: string[]; codeSystems: string[]; sourceSha256: string; xsltSha256: string }[];
};

const compiler = readFileSync(path.join(root, "node_modules", "xslt3", "package.json"), "utf8");

describe("vendored validation catalogues", () => {
  it("were compiled by the current converter and compiler", () => {
    expect(manifest.generatorSha256).toBe(generatorHash(root));
  });

  it("have a compiled stylesheet and the terminology files for every schematron in the manifest", () => {
    for (const entry of manifest.schematrons) {
      expect(existsSync(path.join(vendored, "schematron", `${entry.name}.sef.json`)), entry.name).toBe(true);
      for (const oid of entry.codeSystems) expect(existsSync(path.join(vendored, "terminology", `${oid}.csv`)), oid).toBe(true);
    }
  });

  it.runIf(existsSync(official))("match the official catalogues they were made from", () => {
    const sources = readdirSync(path.join(official, "schematron")).filter((file) => file.endsWith(".sch")).sort();
    expect(manifest.schematrons.map((entry) => `${entry.name}.sch`)).toEqual(sources);
    for (const entry of manifest.schematrons) {
      const text = readFileSync(path.join(official, "schematron", `${entry.name}.sch`), "utf8");
      expect(entry.sourceSha256, entry.name).toBe(sha256(text));
      expect(catalogueFacts(text).loinc).toBe(entry.loinc);
      // The stylesheet was compiled from the XSLT the converter makes of this source today.
      expect(entry.xsltSha256, entry.name).toBe(sha256(`${schematronToXslt(text)}\u0000${compiler}`));
    }
    for (const file of readdirSync(path.join(vendored, "terminology"))) {
      expect(readFileSync(path.join(vendored, "terminology", file)).equals(readFileSync(path.join(official, "terminology", file))), file).toBe(true);
    }
    const schemaSource = path.join(official, "schema", "POCD_MT000040UV02");
    for (const file of readdirSync(schemaSource)) {
      const copy = file === "CDA.xsd" ? path.join(vendored, "schema", file) : path.join(vendored, "schema", "coreschemas", file);
      expect(readFileSync(copy).equals(readFileSync(path.join(schemaSource, file))), file).toBe(true);
    }
  });
});
