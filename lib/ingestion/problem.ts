// The gateway's error answers (integration guide §14, RFC 7807): each category keeps the gateway's type,
// title, status and instance, so a facility's client that already handles the gateway's errors handles
// ours. `detail` says what was wrong in this request, in Italian, without echoing health data.

export type ProblemCategory =
  | "CDA_EXTRACTION"
  | "SYNTAX"
  | "SEMANTIC"
  | "VOCABULARY"
  | "CDA_MATCH"
  | "EMPTY_FILE"
  | "DOCUMENT_TYPE"
  | "DOCUMENT_HASH"
  | "MANDATORY_ELEMENT"
  | "INVALID_FORMAT"
  | "MANDATORY_ELEMENT_TOKEN"
  | "JWT_VALIDATION"
  | "MISSING_TOKEN"
  | "RECORD_NOT_FOUND"
  | "CONFLICT"
  | "PAYLOAD_TOO_LARGE"
  | "UNSUPPORTED_MEDIA_TYPE"
  | "FORBIDDEN"
  | "GENERIC_ERROR";

type CategoryShape = { type: string; title: string; status: number; instance: string };

export const PROBLEM_CATEGORIES: Record<ProblemCategory, CategoryShape> = {
  CDA_EXTRACTION: { type: "/msg/cda-element", title: "Errore in fase di estrazione del CDA.", status: 400, instance: "/msg/cda-extraction" },
  SYNTAX: { type: "/msg/syntax", title: "Errore di sintassi.", status: 400, instance: "/validation/error" },
  SEMANTIC: { type: "/msg/semantic", title: "Errore semantico.", status: 422, instance: "/validation/error" },
  VOCABULARY: { type: "/msg/vocabulary", title: "Errore vocabolario.", status: 400, instance: "/validation/error" },
  CDA_MATCH: { type: "/msg/cda-match", title: "Errore in fase di recupero dell'esito della verifica.", status: 400, instance: "/cda-validation" },
  EMPTY_FILE: { type: "/msg/empty-file", title: "File vuoto.", status: 400, instance: "/empty-multipart-file" },
  DOCUMENT_TYPE: { type: "/msg/document-type", title: "Il documento non è pdf.", status: 415, instance: "/multipart-file" },
  DOCUMENT_HASH: { type: "/msg/document-hash", title: "Verifica hash fallita.", status: 400, instance: "/jwt-hash-match" },
  MANDATORY_ELEMENT: { type: "/msg/mandatory-element", title: "Campo obbligatorio non presente.", status: 400, instance: "/request-missing-field" },
  INVALID_FORMAT: { type: "/msg/invalid-format", title: "Formato campo non valido.", status: 400, instance: "/request-invalid-format" },
  MANDATORY_ELEMENT_TOKEN: { type: "/msg/mandatory-element-token", title: "Token JWT non valido.", status: 403, instance: "/jwt-mandatory-field-missing" },
  JWT_VALIDATION: { type: "/msg/jwt-validation", title: "Campo token JWT non valido.", status: 403, instance: "/jwt-validation" },
  MISSING_TOKEN: { type: "/msg/missing-token", title: "Token non fornito.", status: 403, instance: "/missing-jwt" },
  RECORD_NOT_FOUND: { type: "/msg/record-not-found", title: "Record non trovato.", status: 404, instance: "/msg/record-not-found" },
  CONFLICT: { type: "/msg/conflict", title: "Conflitto.", status: 409, instance: "/msg/document-already-exists" },
  PAYLOAD_TOO_LARGE: { type: "/msg/payload-too-large", title: "File troppo grande.", status: 413, instance: "/multipart-file" },
  UNSUPPORTED_MEDIA_TYPE: { type: "/msg/unsupported-media-type", title: "Tipo di contenuto non supportato.", status: 415, instance: "/request-content-type" },
  FORBIDDEN: { type: "/msg/forbidden", title: "Operazione non consentita.", status: 403, instance: "/msg/publisher-mismatch" },
  GENERIC_ERROR: { type: "/msg/generic-error", title: "Errore generico.", status: 500, instance: "/msg/generic-error" },
};

/** A refusal the API answers with; thrown inside the ingestion code and turned into the RFC 7807 body at the edge. */
export class IngestionProblem extends Error {
  constructor(
    readonly category: ProblemCategory,
    readonly detail: string,
    /** The transaction a validation failure belongs to, as the gateway returns it. */
    readonly workflowInstanceId?: string,
  ) {
    super(detail);
    this.name = "IngestionProblem";
  }
}

export type ProblemBody = {
  traceID: string;
  spanID: string;
  type: string;
  title: string;
  detail: string;
  status: number;
  instance: string;
  workflowInstanceId?: string;
};

export function problemBody(problem: IngestionProblem, trace: { traceId: string; spanId: string }): ProblemBody {
  const shape = PROBLEM_CATEGORIES[problem.category];
  return {
    traceID: trace.traceId,
    spanID: trace.spanId,
    type: shape.type,
    title: shape.title,
    detail: problem.detail.slice(0, 100_000),
    status: shape.status,
    instance: shape.instance,
    ...(problem.workflowInstanceId ? { workflowInstanceId: problem.workflowInstanceId } : {}),
  };
}
