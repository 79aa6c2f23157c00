import { createHash } from "node:crypto";
import { CdaError } from "@/lib/cda/errors";
import { parseCda } from "@/lib/cda/parse";
import { cdaFromUpload } from "@/lib/cda/pdf";
import type { CdaDocument } from "@/lib/cda/types";
import { validateCda } from "@/lib/validation/validate";
import type { ValidationOutcome } from "@/lib/validation/types";
import { IngestionProblem, type ProblemCategory } from "./problem";
import type { VerifiedRequest } from "./request-auth";

// The gateway's checks of the document itself, in its order: the CDA extracted from the PDF as the
// request says (attachment or resource), validated (XML Schema, the type's Schematron, vocabularies), then
// compared with what the tokens state (patient, document type).

export type CheckedCda = { xml: Uint8Array; cda: CdaDocument; cdaHash: string; warnings: string[] };

const CATEGORY: Record<ValidationOutcome["errors"][number]["category"], ProblemCategory> = { syntax: "SYNTAX", semantic: "SEMANTIC", vocabulary: "VOCABULARY" };

function describe(issue: ValidationOutcome["errors"][number]): string {
  return issue.ruleId ? `${issue.ruleId}: ${issue.message}` : issue.message;
}

/** Every failing rule in one answer, under the category of the first (syntax before semantics). */
function validationProblem(outcome: ValidationOutcome, workflowInstanceId?: string): IngestionProblem | null {
  if (outcome.errors.length === 0) return null;
  const order = ["syntax", "vocabulary", "semantic"] as const;
  const first = order.find((category) => outcome.errors.some((issue) => issue.category === category)) ?? "semantic";
  return new IngestionProblem(CATEGORY[first], outcome.errors.map(describe).join(" | "), workflowInstanceId);
}

export async function checkCda(file: Uint8Array, mode: "ATTACHMENT" | "RESOURCE" | undefined, verified: VerifiedRequest, workflowInstanceIdOf: (cdaHash: string) => string): Promise<CheckedCda & { workflowInstanceId: string }> {
  let xml: Uint8Array;
  try {
    xml = await cdaFromUpload(file, mode ?? "ATTACHMENT");
  } catch (error) {
    const detail = error instanceof CdaError ? error.message : "Errore in fase di estrazione del CDA.";
    throw new IngestionProblem("CDA_EXTRACTION", detail);
  }
  const cdaHash = createHash("sha256").update(xml).digest("hex");
  const workflowInstanceId = workflowInstanceIdOf(cdaHash);
  const outcome = await validateCda(xml);
  const problem = validationProblem(outcome, workflowInstanceId);
  if (problem) throw problem;
  let cda: CdaDocument;
  try {
    cda = parseCda(xml);
  } catch (error) {
    throw new IngestionProblem("SYNTAX", error instanceof CdaError ? error.message : "Il CDA non è leggibile.", workflowInstanceId);
  }
  if (cda.patient.fiscalCode !== verified.patientFiscalCode) {
    throw new IngestionProblem("JWT_VALIDATION", "Il claim person_id non corrisponde al paziente del CDA.", workflowInstanceId);
  }
  if (verified.documentType !== null && cda.typeCode !== verified.documentType) {
    throw new IngestionProblem("JWT_VALIDATION", "Il claim resource_hl7_type non corrisponde al tipo del CDA.", workflowInstanceId);
  }
  const warnings = outcome.warnings.map(describe);
  if (!mode) warnings.unshift("Attenzione, non è stata selezionata la modalità di estrazione del CDA");
  return { xml, cda, cdaHash, warnings, workflowInstanceId };
}
