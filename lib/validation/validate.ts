import type { XmlDocument } from "libxml2-wasm";
import { MAX_CDA_BYTES } from "@/lib/cda/errors";
import { isFseDocumentType, schematronFor } from "./document-types";
import { schematronIssues } from "./schematron";
import { vocabularyIssues } from "./terminology";
import type { Issue, ValidationOutcome } from "./types";
import { parseXml, xmlSchemaIssues } from "./xml-schema";

// The gateway's validation of a CDA2 (guide §3): syntax, then semantics, then vocabulary. Errors are listed in
// that order, so the first one names the problem type the gateway would answer with; every failing rule and
// every schema violation is listed, not only the first. Untrusted input is screened before any parser sees it.

const syntax = (message: string, location: string | null = null): Issue => ({ category: "syntax", ruleId: null, message, location });
const refused = (issue: Issue): ValidationOutcome => ({ documentType: null, errors: [issue], warnings: [] });

/** Why the bytes may not reach a parser at all, or null when they may. */
function screen(xml: Uint8Array): Issue | null {
  if (xml.byteLength === 0) return syntax("Il documento è vuoto.");
  if (xml.byteLength > MAX_CDA_BYTES) return syntax(`Il documento supera il limite di ${MAX_CDA_BYTES / 1024 / 1024} MB.`);
  // A NUL byte means UTF-16 or UTF-32, where the DTD screen below could not see a declaration.
  if (xml.includes(0)) return syntax("Il documento deve essere codificato in UTF-8.");
  // DTDs are how XML bombs and external entities travel; a CDA2 never needs one.
  if (/<!DOCTYPE|<!ENTITY/i.test(Buffer.from(xml.buffer, xml.byteOffset, xml.byteLength).toString("latin1"))) {
    return syntax("Il documento contiene una dichiarazione DTD o di entità, non ammessa in un CDA2.");
  }
  return null;
}

function documentFacts(document: XmlDocument): { isCda: boolean; loinc: string | null; templateIds: string[] } {
  const root = "/*[local-name()='ClinicalDocument' and namespace-uri()='urn:hl7-org:v3']";
  const loinc = String(document.eval(`string(${root}/*[local-name()='code'][1]/@code)`)).trim();
  const templateIds = document.find(`${root}/*[local-name()='templateId']/@root`).map((node) => node.content.trim());
  return { isCda: document.find(root).length === 1, loinc: loinc || null, templateIds };
}

async function validate(xml: Uint8Array): Promise<ValidationOutcome> {
  const unsafe = screen(xml);
  if (unsafe) return refused(unsafe);
  const parsed = parseXml(xml);
  if ("issues" in parsed) return { documentType: null, errors: parsed.issues, warnings: [] };
  const { document } = parsed;
  try {
    const schemaErrors = xmlSchemaIssues(document);
    const facts = documentFacts(document);
    if (!facts.isCda) return { documentType: null, errors: [...schemaErrors, syntax("L'elemento radice non è un ClinicalDocument CDA2 (urn:hl7-org:v3).")], warnings: [] };
    if (!facts.loinc || !isFseDocumentType(facts.loinc)) {
      const vocabulary: Issue = {
        category: "vocabulary",
        ruleId: null,
        message: facts.loinc ? `Il tipo di documento LOINC "${facts.loinc}" non è nella lista dei tipi di documento FSE.` : "Il documento non dichiara il tipo (ClinicalDocument/code/@code).",
        location: "/ClinicalDocument/code",
      };
      return { documentType: facts.loinc ? { loinc: facts.loinc, schematron: null } : null, errors: [...schemaErrors, vocabulary], warnings: [] };
    }
    const entry = schematronFor(facts.loinc, facts.templateIds);
    // As the gateway, a document that breaks the schema gets its syntax errors only. This also keeps the
    // costliest step, the schematron, for documents whose shape is known.
    if (!entry || schemaErrors.length > 0) {
      return { documentType: { loinc: facts.loinc, schematron: null }, errors: schemaErrors, warnings: [] };
    }
    const semantic = await schematronIssues(entry.name, document.toString());
    return {
      documentType: { loinc: facts.loinc, schematron: entry.name },
      errors: [...semantic.errors, ...vocabularyIssues(document, entry.codeSystems)],
      warnings: semantic.warnings,
    };
  } finally {
    document.dispose();
  }
}

/** Validates CDA2 bytes as the gateway does. Never throws: anything unreadable comes back as a syntax error. */
export async function validateCda(xml: Uint8Array): Promise<ValidationOutcome> {
  try {
    return await validate(xml);
  } catch (error) {
    return refused(syntax(`Il documento non può essere validato: ${error instanceof Error ? error.message : String(error)}`));
  }
}
