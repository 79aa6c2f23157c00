import { X509Certificate, createHash } from "node:crypto";
import { decodeProtectedHeader, importJWK, jwtVerify, type JWTPayload } from "jose";
import { isValidFiscalCode } from "@/lib/people/fiscal-code";
import { IngestionProblem } from "./problem";
import type { RegisteredApplication } from "./types";

// The gateway's two JWTs (integration guide §2.3 and §15.1): `Authorization: Bearer` names the caller,
// `FSE-JWT-Signature` the operation and the file. Both are signed with the application's registered key
// (its certificate in x5c, or a registered JWK named by kid) and checked strictly: algorithm allow-list,
// time window, audience, issuer, claims and their allowed values, and each token used only once.

export const ALGORITHMS = ["RS256", "RS384", "RS512"];
/** Tolerated clock difference between the facility's server and ours. */
const CLOCK_SKEW_SECONDS = 60;
/** The longest a token may live: the gateway's own examples issue tokens valid for a day. */
const MAX_LIFETIME_SECONDS = 24 * 60 * 60;

export type OperationKind = "VALIDATION" | "CREATE" | "REPLACE" | "DELETE" | "UPDATE_METADATA";

/** action_id and purpose_of_use each operation must carry (guide, tables "Tipo attività" and "Contesto operativo"). */
const EXPECTED: Record<OperationKind, { actionId: string; purposes: string[]; hasFile: boolean }> = {
  VALIDATION: { actionId: "CREATE", purposes: ["TREATMENT"], hasFile: true },
  CREATE: { actionId: "CREATE", purposes: ["TREATMENT"], hasFile: true },
  REPLACE: { actionId: "UPDATE", purposes: ["UPDATE"], hasFile: true },
  DELETE: { actionId: "DELETE", purposes: ["UPDATE"], hasFile: false },
  UPDATE_METADATA: { actionId: "UPDATE", purposes: ["UPDATE", "ACCESS UPDATE"], hasFile: false },
};

/** Roles of the national value set (guide §15.3.5). */
export const SUBJECT_ROLES = new Set([
  "AAS", "APR", "PSS", "INF", "FAR", "DSA", "DAM", "OAM", "ASS", "TUT", "ING", "GEN", "NOR", "DRS", "RSA", "MRP", "INI", "OGC", "OPI", "MDS", "GTW", "DAP",
]);

const FISCAL_CODE_CX = /^([A-Z0-9]{16})\^\^\^&2\.16\.840\.1\.113883\.2\.9\.4\.3\.2&ISO$/;
/** XON: name, then the coding system's OID with ISO in component 6, the facility's code in component 10. */
const LOCALITY_XON = /^[^^&]{1,250}\^\^\^\^\^&[0-9]+(?:\.[0-9]+)*&ISO\^\^\^\^([A-Za-z0-9]{1,32})$/;
const HL7_TYPE = /^\('([0-9]{1,7}-[0-9])\^\^2\.16\.840\.1\.113883\.6\.1'\)$/;

export type VerifiedRequest = {
  application: RegisteredApplication;
  /** Fiscal code of the patient the operation is about (person_id). */
  patientFiscalCode: string;
  /** LOINC code of the document type (resource_hl7_type), absent for a withdrawal. */
  documentType: string | null;
  attachmentHash: string | null;
  subject: string;
  subjectRole: string;
  organizationId: string;
  issuer: string;
  /** The tokens' ids and expiry: spent in the transaction that writes, so a replay is refused. */
  tokenUses: { jti: string; expiresAt: Date }[];
};

export type ApplicationLookup = {
  byCertificate(sha256: string): Promise<RegisteredApplication | null>;
  byKeyId(kid: string): Promise<RegisteredApplication | null>;
  isSpent(applicationId: string, jti: string): Promise<boolean>;
};

export type AuthSettings = { audience: string; organizationId: string; now?: Date };

const refuse = (detail: string) => new IngestionProblem("JWT_VALIDATION", detail);
const missing = (detail: string) => new IngestionProblem("MANDATORY_ELEMENT_TOKEN", detail);

/** Seconds since the epoch; the gateway's own examples write milliseconds, which are read as such. */
function epochSeconds(value: unknown, claim: string): number {
  if (typeof value !== "number" || !Number.isFinite(value) || value <= 0) throw missing(`Il claim ${claim} deve essere un istante numerico.`);
  return value > 100_000_000_000 ? Math.floor(value / 1000) : value;
}

function stringClaim(payload: JWTPayload, claim: string, max = 1000): string {
  const value = payload[claim];
  if (typeof value !== "string" || value.trim() === "") throw missing(`Il claim ${claim} deve essere valorizzato.`);
  if (value.length > max) throw refuse(`Il claim ${claim} è troppo lungo.`);
  return value;
}

async function applicationOf(token: string, lookup: ApplicationLookup, now: Date): Promise<RegisteredApplication> {
  let header: ReturnType<typeof decodeProtectedHeader>;
  try {
    header = decodeProtectedHeader(token);
  } catch {
    throw refuse("Il token non è un JWT leggibile.");
  }
  if (typeof header.alg !== "string" || !ALGORITHMS.includes(header.alg)) throw refuse("Algoritmo di firma non ammesso: sono ammessi RS256, RS384 e RS512.");
  if (header.typ !== undefined && header.typ !== "JWT") throw refuse("Il campo typ dell'intestazione deve valere JWT.");
  if (Array.isArray(header.x5c) && header.x5c.length > 0) {
    let certificate: X509Certificate;
    try {
      certificate = new X509Certificate(Buffer.from(String(header.x5c[0]), "base64"));
    } catch {
      throw refuse("Il certificato x5c non è leggibile.");
    }
    if (now < new Date(certificate.validFrom) || now > new Date(certificate.validTo)) throw refuse("Il certificato di firma non è valido in questo momento.");
    const application = await lookup.byCertificate(createHash("sha256").update(certificate.raw).digest("hex"));
    if (!application) throw refuse("Il certificato di firma non è registrato.");
    return application;
  }
  if (typeof header.kid === "string" && header.kid.length > 0 && header.kid.length <= 200) {
    const application = await lookup.byKeyId(header.kid);
    if (!application) throw refuse("La chiave di firma non è registrata.");
    return application;
  }
  throw missing("Il token deve indicare il certificato di firma (x5c).");
}

async function verified(token: string, application: RegisteredApplication, settings: AuthSettings, now: Date): Promise<JWTPayload> {
  if (application.revoked) throw refuse("L'applicazione o la sua chiave sono state revocate.");
  let payload: JWTPayload;
  try {
    const key = await importJWK(JSON.parse(application.publicJwk), decodeProtectedHeader(token).alg);
    // exp and iat are checked again below, where milliseconds are told apart from seconds.
    ({ payload } = await jwtVerify(token, key, { algorithms: ALGORITHMS, audience: settings.audience, currentDate: now, clockTolerance: CLOCK_SKEW_SECONDS }));
  } catch (error) {
    const code = (error as { code?: string; claim?: string }).code;
    if (code === "ERR_JWT_EXPIRED") throw refuse("Il token è scaduto (exp).");
    if (code === "ERR_JWT_CLAIM_VALIDATION_FAILED") {
      const claim = (error as { claim?: string }).claim;
      throw refuse(claim === "aud" ? "Il claim aud non corrisponde all'indirizzo di questo servizio." : `Il claim ${claim ?? ""} del token non è valido.`);
    }
    throw refuse("La firma del token non è valida per la chiave registrata.");
  }
  const nowSeconds = Math.floor(now.getTime() / 1000);
  const issuedAt = epochSeconds(payload.iat, "iat");
  const expiresAt = epochSeconds(payload.exp, "exp");
  if (issuedAt > nowSeconds + CLOCK_SKEW_SECONDS) throw refuse("Il token è emesso nel futuro (iat).");
  if (expiresAt <= nowSeconds - CLOCK_SKEW_SECONDS) throw refuse("Il token è scaduto (exp).");
  if (expiresAt <= issuedAt || expiresAt - issuedAt > MAX_LIFETIME_SECONDS) throw refuse("La durata del token non è ammessa: al massimo 24 ore.");
  payload.exp = expiresAt;
  stringClaim(payload, "jti", 200);
  stringClaim(payload, "sub", 200);
  return payload;
}

function checkIssuer(payload: JWTPayload, prefix: "auth:" | "integrity:", application: RegisteredApplication): string {
  const issuer = stringClaim(payload, "iss", 200);
  // The guide's examples write the issuer with and without its prefix; the name is what must match.
  const name = issuer.startsWith(prefix) ? issuer.slice(prefix.length) : issuer;
  if (name !== application.commonName) throw refuse(`Il claim iss non corrisponde al nome del certificato registrato (${prefix}<CN>).`);
  return issuer;
}

/**
 * Verifies both tokens of a request for `operation` and returns what they state. The file's hash is
 * compared here; the patient and the document type against the CDA by the caller, once it is read.
 */
export async function verifyGatewayTokens(
  headers: Headers,
  operation: OperationKind,
  fileSha256: string | null,
  lookup: ApplicationLookup,
  settings: AuthSettings,
): Promise<VerifiedRequest> {
  const now = settings.now ?? new Date();
  const authorization = headers.get("authorization") ?? "";
  const bearer = /^Bearer\s+(\S+)$/i.exec(authorization)?.[1];
  const signature = headers.get("fse-jwt-signature")?.trim();
  if (!bearer || !signature) throw new IngestionProblem("MISSING_TOKEN", "Attenzione il jwt fornito risulta essere vuoto: servono Authorization: Bearer e FSE-JWT-Signature.");
  if (bearer.length > 16_000 || signature.length > 16_000) throw refuse("Il token è troppo lungo.");

  const application = await applicationOf(bearer, lookup, now);
  const signer = await applicationOf(signature, lookup, now);
  if (signer.id !== application.id) throw refuse("I due token devono essere firmati con la stessa chiave.");
  const auth = await verified(bearer, application, settings, now);
  const claims = await verified(signature, application, settings, now);
  checkIssuer(auth, "auth:", application);
  const issuer = checkIssuer(claims, "integrity:", application);

  const expected = EXPECTED[operation];
  const actionId = stringClaim(claims, "action_id", 20);
  if (actionId !== expected.actionId) throw refuse(`Il claim action_id deve valere ${expected.actionId} per questo servizio.`);
  const purpose = stringClaim(claims, "purpose_of_use", 20);
  if (!expected.purposes.includes(purpose)) throw refuse(`Il claim purpose_of_use deve valere ${expected.purposes.join(" o ")} per questo servizio.`);
  const subjectRole = stringClaim(claims, "subject_role", 10);
  if (!SUBJECT_ROLES.has(subjectRole)) throw refuse("Il claim subject_role non è un ruolo del value set nazionale.");
  const organizationId = stringClaim(claims, "subject_organization_id", 10);
  if (organizationId !== settings.organizationId) throw refuse("Il claim subject_organization_id non è l'organizzazione di questo fascicolo regionale.");
  stringClaim(claims, "subject_organization", 200);
  stringClaim(claims, "subject_application_id", 100);
  stringClaim(claims, "subject_application_vendor", 100);
  stringClaim(claims, "subject_application_version", 100);
  if (typeof claims.patient_consent !== "boolean") throw missing("Il claim patient_consent deve essere un booleano.");
  if (auth.sub !== claims.sub) throw refuse("Il claim sub deve essere lo stesso nei due token.");

  const locality = LOCALITY_XON.exec(stringClaim(claims, "locality", 300));
  if (!locality) throw refuse("Il claim locality non rispetta il formato XON (nome^^^^^&OID&ISO^^^^codice).");
  if (locality[1] !== application.facilityCode) throw refuse("Il claim locality non indica la struttura a cui è registrata l'applicazione.");

  const person = FISCAL_CODE_CX.exec(stringClaim(claims, "person_id", 100).replaceAll("&amp;", "&"));
  if (!person?.[1] || !isValidFiscalCode(person[1])) throw refuse("Il claim person_id non contiene un codice fiscale valido nel formato CX.");

  let documentType: string | null = null;
  if (operation !== "DELETE") {
    const type = HL7_TYPE.exec(stringClaim(claims, "resource_hl7_type", 100));
    if (!type?.[1]) throw refuse("Il claim resource_hl7_type deve avere la forma ('codice^^2.16.840.1.113883.6.1').");
    documentType = type[1];
  }

  let attachmentHash: string | null = null;
  if (expected.hasFile) {
    attachmentHash = stringClaim(claims, "attachment_hash", 100).toLowerCase();
    if (fileSha256 !== null && attachmentHash !== fileSha256) throw new IngestionProblem("DOCUMENT_HASH", "Verifica hash fallita: attachment_hash non è lo SHA-256 del file inviato.");
  }

  const tokenUses = [auth, claims].map((payload) => ({ jti: String(payload.jti), expiresAt: new Date((payload.exp as number) * 1000) }));
  if (tokenUses[0]!.jti === tokenUses[1]!.jti) throw refuse("I due token devono avere jti diversi.");
  for (const use of tokenUses) {
    if (await lookup.isSpent(application.id, use.jti)) throw refuse("Token già usato (jti): ogni richiesta richiede token nuovi.");
  }
  return {
    application,
    patientFiscalCode: person[1],
    documentType,
    attachmentHash,
    subject: String(claims.sub),
    subjectRole,
    organizationId,
    issuer,
    tokenUses,
  };
}

/** The status service: the caller's Bearer token alone (it changes nothing, so nothing is spent). */
export async function verifyStatusToken(headers: Headers, lookup: ApplicationLookup, settings: AuthSettings): Promise<RegisteredApplication> {
  const now = settings.now ?? new Date();
  const bearer = /^Bearer\s+(\S+)$/i.exec(headers.get("authorization") ?? "")?.[1];
  if (!bearer) throw new IngestionProblem("MISSING_TOKEN", "Attenzione il jwt fornito risulta essere vuoto: serve Authorization: Bearer.");
  if (bearer.length > 16_000) throw refuse("Il token è troppo lungo.");
  const application = await applicationOf(bearer, lookup, now);
  const payload = await verified(bearer, application, settings, now);
  checkIssuer(payload, "auth:", application);
  return application;
}
