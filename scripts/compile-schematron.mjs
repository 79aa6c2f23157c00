// Regenerates lib/validation/catalogs/ from the official FSE catalogues (../shared/reference/fse-catalogs by
// default, or the folder given as first argument): the CDA XML Schema, each schematron compiled once into a
// SaxonJS stylesheet (.sef.json), the terminology CSVs the rules name, and manifest.json, which says for each
// schematron the document type it checks and the hashes its compiled file was made from. The compiled files
// are committed; `scripts/schematron/catalogs.test.ts` fails when they no longer match their sources.
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
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

// A stylesheet whose XSLT is unchanged is not recompiled: the compiler stamps its build time into the file,
// and an unchanged catalogue must leave the repository unchanged.
const manifestPath = path.join(target, "manifest.json");
const previous = new Map(existsSync(manifestPath) ? JSON.parse(readFileSync(manifestPath, "utf8")).schematrons.map((entry) => [entry.name, entry]) : []);
const compiler = readFileSync(path.join(root, "node_modules", "xslt3", "package.json"), "utf8");
const scratch = mkdtempSync(path.join(tmpdir(), "schematron-"));
mkdirSync(path.join(target, "schematron"), { recursive: true });
reset(path.join(target, "terminology"));
const available = new Set(readdirSync(path.join(source, "terminology")).map((file) => file.replace(/\.csv$/, "")));
const schematrons = [];
const usedSystems = new Set();
let recompiled = 0;
try {
  for (const file of readdirSync(path.join(source, "schematron")).filter((name) => name.endsWith(".sch")).sort()) {
    const name = file.replace(/\.sch$/, "");
    const text = readFileSync(path.join(source, "schematron", file), "utf8");
    const facts = catalogueFacts(text);
    const xslt = schematronToXslt(text);
    const xsltSha256 = sha256(`${xslt}\u0000${compiler}`);
    const compiled = path.join(target, "schematron", `${name}.sef.json`);
    if (previous.get(name)?.xsltSha256 !== xsltSha256 || !existsSync(compiled)) {
      const stylesheet = path.join(scratch, `${name}.xsl`);
      writeFileSync(stylesheet, xslt);
      execFileSync(process.execPath, [xslt3, `-xsl:${stylesheet}`, `-export:${compiled}`, "-nogo", "-relocate:on"], { stdio: "inherit" });
      recompiled += 1;
    }
    const codeSystems = facts.codeSystems.filter((oid) => available.has(oid));
    codeSystems.forEach((oid) => usedSystems.add(oid));
    schematrons.push({ name, loinc: facts.loinc, templateIds: facts.templateIds, codeSystems, sourceSha256: sha256(text), xsltSha256 });
    console.log(`${name}: ${facts.loinc} ${facts.templateIds.join(" ")}`);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
const kept = new Set(schematrons.map((entry) => `${entry.name}.sef.json`));
for (const file of readdirSync(path.join(target, "schematron")).filter((name) => !kept.has(name))) rmSync(path.join(target, "schematron", file));
for (const oid of [...usedSystems].sort()) copyFileSync(path.join(source, "terminology", `${oid}.csv`), path.join(target, "terminology", `${oid}.csv`));

const manifest = {
  source: { repository: "ministero-salute/it-fse-catalogs", commit: "72228d846c4008653914486b704646abf7941d7a" },
  generatorSha256: generatorHash(root),
  schematrons,
};
writeFileSync(path.join(target, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`${schematrons.length} schematron (${recompiled} ricompilati), ${usedSystems.size} sistemi di codifica copiati in ${path.relative(root, target)}`);
