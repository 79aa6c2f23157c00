// The outcome of checking a CDA2 document as the national gateway's validation service does (guide §3):
// syntax (well-formedness and the CDA XML Schema), semantics (the schematron of the document's type) and
// vocabulary (the FSE list of document types and the value sets the rules name).

/** Which family of checks an issue comes from; the gateway answers each with its own problem type. */
export type IssueCategory = "syntax" | "semantic" | "vocabulary";

/** The gateway's RFC 7807 problem type for each category (guide §14.1.1). */
export const PROBLEM_TYPE: Record<IssueCategory, string> = {
  syntax: "/msg/syntax",
  semantic: "/msg/semantic",
  vocabulary: "/msg/vocabulary",
};

export type Issue = {
  category: IssueCategory;
  /** The schematron rule id ("ERRORE-5", "W001"), the text of an assert before its first "|"; null for others. */
  ruleId: string | null;
  message: string;
  /** Where in the document: an XPath for schematron issues, "line N" for schema issues, null when unknown. */
  location: string | null;
};

/**
 * The document's type as read from ClinicalDocument/code, and the schematron that checked it (its file name
 * without .sch): null when none ran, because the type has no schematron, is not an FSE type, or the document
 * broke the XML Schema.
 */
export type DocumentTypeMatch = { loinc: string; schematron: string | null };

export type ValidationOutcome = {
  documentType: DocumentTypeMatch | null;
  /** Every failing assert and schema error: any entry means the gateway would refuse the document (KO). */
  errors: Issue[];
  /** Schematron reports: the document is accepted, with these remarks. */
  warnings: Issue[];
};
