import { z } from "zod";
import { IngestionProblem } from "./problem";

// The request bodies of the gateway's OpenAPI (components.schemas), field for field: the same names,
// allowed values, lengths and required fields. Unknown fields are refused, as additionalProperties: false.

const PSC = "001,002,003,004,005,006,007,008,009,010,011,012,013,014,015,018,019,020,021,024,025,026,027,028,029,030,031,032,033,034,035,036,037,038,039,040,041,042,043,046,047,048,049,050,051,052,054,055,056,057,058,060,061,062,064,065,066,067,068,069,070,071,072,073,074,075,076,077,078,094,096,097,098,099,100,101,102,103,104,107,109,121,122,126,129,130,131,199,999";
export const ASSETTO_ORGANIZZATIVO = PSC.split(",").map((code) => `AD_PSC${code}`) as [string, ...string[]];
export const TIPOLOGIA_STRUTTURA = ["Ospedale", "Prevenzione", "Territorio", "SistemaTS", "Cittadino", "MdsPN_DGC"] as const;
export const TIPO_DOCUMENTO_LIV_ALTO = ["WOR", "REF", "LDO", "RIC", "SUM", "TAC", "PRS", "PRE", "ESE", "PDC", "VAC", "CER", "VRB", "CON", "CNT", "CRT", "LET", "PRO", "COL"] as const;
export const TIPO_ATTIVITA_CLINICA = ["PHR", "CON", "DIS", "ERP", "Sistema_TS", "INI", "PN_DGC", "OBS"] as const;
export const ADMINISTRATIVE_REQUEST = ["SSN", "INPATIENT", "NOSSN", "SSR", "DONOR", "AUTO"] as const;
export const INJECTION_MODE = ["ATTACHMENT", "RESOURCE"] as const;

/** Dates of the service as HL7 TS: yyyyMMddHHmmss (the guide's examples), checked as real calendar dates. */
const hl7Timestamp = z
  .string()
  .trim()
  .max(100)
  .refine((value) => {
    const match = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(value);
    if (!match) return false;
    const [year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0] = match.slice(1).map(Number);
    const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
    return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day && hour < 24 && minute < 60 && second < 60;
  }, "deve essere una data nel formato yyyyMMddHHmmss");

const text = (max: number) => z.string().trim().max(max);
const required = (max: number) => z.string().trim().min(1).max(max);

const metadataFields = {
  tipologiaStruttura: z.enum(TIPOLOGIA_STRUTTURA),
  attiCliniciRegoleAccesso: z.array(text(1000)).max(100).optional(),
  tipoDocumentoLivAlto: z.enum(TIPO_DOCUMENTO_LIV_ALTO),
  assettoOrganizzativo: z.enum(ASSETTO_ORGANIZZATIVO),
  dataInizioPrestazione: hl7Timestamp.optional(),
  dataFinePrestazione: hl7Timestamp.optional(),
  conservazioneANorma: text(100).optional(),
  tipoAttivitaClinica: z.enum(TIPO_ATTIVITA_CLINICA),
  identificativoSottomissione: required(100),
  descriptions: z.array(text(1000)).max(100).optional(),
  administrativeRequest: z.array(z.enum(ADMINISTRATIVE_REQUEST)).max(1000).optional(),
};
const documentFields = {
  ...metadataFields,
  identificativoDoc: required(256),
  identificativoRep: required(100),
  mode: z.enum(INJECTION_MODE).optional(),
  healthDataFormat: z.enum(["CDA"]).optional(),
};

export const validationRequestSchema = z.strictObject({
  healthDataFormat: z.enum(["CDA"]).optional(),
  mode: z.enum(INJECTION_MODE).optional(),
  activity: z.enum(["VERIFICA", "VALIDATION"]),
});
export const creationRequestSchema = z.strictObject({ ...documentFields, workflowInstanceId: text(256).optional(), priorita: z.boolean().optional() });
export const validateAndCreateRequestSchema = z.strictObject({ ...documentFields, priorita: z.boolean().optional() });
export const replaceRequestSchema = z.strictObject({ ...documentFields, workflowInstanceId: text(256).optional() });
export const validateAndReplaceRequestSchema = z.strictObject(documentFields);
export const metadataRequestSchema = z.strictObject(metadataFields);

export type ValidationRequest = z.infer<typeof validationRequestSchema>;
export type DocumentRequest = z.infer<typeof validateAndCreateRequestSchema> & { workflowInstanceId?: string; priorita?: boolean };
export type MetadataRequest = z.infer<typeof metadataRequestSchema>;

/** Parses a request body against its schema, answering with the gateway's categories: a missing field or a wrong one. */
export function parseRequestBody<T extends z.ZodType>(schema: T, raw: unknown): z.infer<T> {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    throw new IngestionProblem("MANDATORY_ELEMENT", "Il campo requestBody deve essere valorizzato con un oggetto JSON.");
  }
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues;
  const absent = issues.find((issue) => issue.path.length === 1 && (raw as Record<string, unknown>)[String(issue.path[0])] === undefined);
  if (absent) throw new IngestionProblem("MANDATORY_ELEMENT", `Il campo ${String(absent.path[0])} deve essere valorizzato.`);
  const blank = issues.find((issue) => issue.code === "too_small" && issue.path.length === 1);
  if (blank) throw new IngestionProblem("MANDATORY_ELEMENT", `Il campo ${String(blank.path[0])} deve essere valorizzato.`);
  const details = issues.slice(0, 20).map((issue) => {
    if (issue.code === "unrecognized_keys") return `campi non previsti: ${issue.keys.slice(0, 10).join(", ")}`;
    return `il campo ${issue.path.join(".") || "requestBody"} deve essere valorizzato correttamente`;
  });
  throw new IngestionProblem("INVALID_FORMAT", `${details.join("; ")}.`.replace(/^./, (first) => first.toUpperCase()));
}
