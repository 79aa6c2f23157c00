// Regenerates lib/validation/catalogs/ from the official FSE catalogues (../shared/reference/fse-catalogs by
// default, or the folder given as first argument): the CDA XML Schema, each schematron compiled once into a
// SaxonJS stylesheet (.sef.json), the terminology CSVs the rules name, and manifest.json, which says for each
// schematron the document type it checks and the hashes its compiled file was made from. The compiled files
// are committed; `scripts/schematron/catalogs.test.ts` fails when they no longer match their sources.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { catalogueFacts, generatorHash, sha256 } from "./schematron/facts.mjs";
import { schematronToXslt } from "./schematron/to-xslt.mjs";

const root = path.resolve(import.meta.dirname, "..");
const source = path.resolve(process.argv[2] ?? path.join(root, "..", "shared", "reference", "fse-catalogs"));
const target = path.join(root, "lib", "validation", "catalogs");
const xslt3 = path.join(root, "node_modules", "xslt3", "xslt3.js");

function reset(directory) {
  rmSync(directory, { recursive: true, force: true });
  mkdirSync(directory, { recursive: true });
}

// The schema as CDA.xsd expects to find it: the root file beside a coreschemas/ folder.
const schemaSource = path.join(source, "schema", "POCD_MT000040UV02");
reset(path.join(target, "schema", "coreschemas"));
for (const file of readdirSync(schemaSource).filter((name) => name.endsWith(".xsd"))) {
  copyFileSync(path.join(schemaSource, file), path.join(target, "schema", file === "CDA.xsd" ? file : path.join("coreschemas", file)));
}

const scratch = mkdtempSync(path.join(tmpdir(), "schematron-"));
reset(path.join(target, "schematron"));
reset(path.join(target, "terminology"));
const available = new Set(readdirSync(path.join(source, "terminology")).map((file) => file.replace(/\.csv$/, "")));
const schematrons = [];
const usedSystems = new Set();
try {
  for (const file of readdirSync(path.join(source, "schematron")).filter((name) => name.endsWith(".sch")).sort()) {
    const name = file.replace(/\.sch$/, "");
    const text = readFileSync(path.join(source, "schematron", file), "utf8");
    const facts = catalogueFacts(text);
    const stylesheet = path.join(scratch, `${name}.xsl`);
    writeFileSync(stylesheet, schematronToXslt(text));
    execFileSync(process.execPath, [xslt3, `-xsl:${stylesheet}`, `-export:${path.join(target, "schematron", `${name}.sef.json`)}`, "-nogo", "-relocate:on"], { stdio: "inherit" });
    const codeSystems = facts.codeSystems.filter((oid) => available.has(oid));
    codeSystems.forEach((oid) => usedSystems.add(oid));
    schematrons.push({ name, loinc: facts.loinc, templateIds: facts.templateIds, codeSystems, sourceSha256: sha256(text) });
    console.log(`${name}: ${facts.loinc} ${facts.templateIds.join(" ")}`);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
for (const oid of [...usedSystems].sort()) copyFileSync(path.join(source, "terminology", `${oid}.csv`), path.join(target, "terminology", `${oid}.csv`));

const manifest = {
  source: { repository: "ministero-salute/it-fse-catalogs", commit: "72228d846c4008653914486b704646abf7941d7a" },
  generatorSha256: generatorHash(root),
  schematrons,
};
writeFileSync(path.join(target, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`${schematrons.length} schematron compilati, ${usedSystems.size} sistemi di codifica copiati in ${path.relative(root, target)}`);
