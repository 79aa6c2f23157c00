import { createHash, createPrivateKey, randomUUID } from "node:crypto";
import { SignJWT } from "jose";

// The facility's side of the gateway contract, as a lab's software builds its requests: the two JWTs
// signed with the "signature" certificate's key, the multipart body. The demo publishing command, the
// tests and the bench use it; the portal itself never signs these.

export type FacilityKey = { privateKeyPem: string; certificate: string; commonName: string };

export type SignatureClaims = {
  /** The patient's fiscal code. */
  patient: string;
  actionId: "CREATE" | "UPDATE" | "DELETE";
  purposeOfUse?: "TREATMENT" | "UPDATE" | "ACCESS UPDATE";
  /** LOINC code of the document type; omitted for a withdrawal. */
  documentType?: string;
  file?: Uint8Array;
  facilityCode: string;
  facilityName?: string;
  organizationId: string;
  subject?: string;
  subjectRole?: string;
};

const cx = (fiscalCode: string) => `${fiscalCode}^^^&2.16.840.1.113883.2.9.4.3.2&ISO`;

export async function gatewayHeaders(key: FacilityKey, audience: string, claims: SignatureClaims, now = new Date()): Promise<Record<string, string>> {
  const privateKey = createPrivateKey(key.privateKeyPem);
  const iat = Math.floor(now.getTime() / 1000);
  const header = { alg: "RS256", typ: "JWT", x5c: [key.certificate] };
  const subject = cx(claims.subject ?? "RSSMRA80A01H501U");
  const bearer = await new SignJWT({ sub: subject })
    .setProtectedHeader(header)
    .setIssuer(`auth:${key.commonName}`)
    .setAudience(audience)
    .setIssuedAt(iat)
    .setExpirationTime(iat + 3600)
    .setJti(randomUUID())
    .sign(privateKey);
  const signature = await new SignJWT({
    sub: subject,
    subject_role: claims.subjectRole ?? "AAS",
    purpose_of_use: claims.purposeOfUse ?? (claims.actionId === "CREATE" ? "TREATMENT" : "UPDATE"),
    locality: `${claims.facilityName ?? "STRUTTURA DI PROVA"}^^^^^&2.16.840.1.113883.2.9.4.1.3&ISO^^^^${claims.facilityCode}`,
    subject_organization: "Regione",
    subject_organization_id: claims.organizationId,
    patient_consent: true,
    action_id: claims.actionId,
    ...(claims.documentType ? { resource_hl7_type: `('${claims.documentType}^^2.16.840.1.113883.6.1')` } : {}),
    ...(claims.file ? { attachment_hash: createHash("sha256").update(claims.file).digest("hex") } : {}),
    person_id: cx(claims.patient),
    subject_application_id: "FASCICOLO-CLIENT",
    subject_application_vendor: "Fascicolo",
    subject_application_version: "1.0",
  })
    .setProtectedHeader(header)
    .setIssuer(`integrity:${key.commonName}`)
    .setAudience(audience)
    .setIssuedAt(iat)
    .setExpirationTime(iat + 3600)
    .setJti(randomUUID())
    .sign(privateKey);
  return { Authorization: `Bearer ${bearer}`, "FSE-JWT-Signature": signature, Accept: "application/json" };
}

/** The multipart body of the gateway's document services: requestBody (JSON) and file (the PDF). */
export function multipartBody(requestBody: unknown, file: Uint8Array, fileName = "documento.pdf"): FormData {
  const form = new FormData();
  form.append("requestBody", JSON.stringify(requestBody));
  form.append("file", new Blob([new Uint8Array(file)], { type: "application/pdf" }), fileName);
  return form;
}

/** Publication metadata shaped like the guide's example (§5.1.1), for a document with this id. */
export function publicationMetadata(identificativoDoc: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    healthDataFormat: "CDA",
    mode: "ATTACHMENT",
    tipologiaStruttura: "Ospedale",
    attiCliniciRegoleAccesso: [],
    identificativoDoc,
    identificativoRep: "2.16.840.1.113883.2.9.2.120.4.5.1",
    tipoDocumentoLivAlto: "REF",
    assettoOrganizzativo: "AD_PSC001",
    tipoAttivitaClinica: "CON",
    identificativoSottomissione: `2.16.840.1.113883.2.9.2.120.4.3.${Date.now()}`,
    ...overrides,
  };
}
