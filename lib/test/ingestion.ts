import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Db } from "@/lib/db/client";
import { registrationFromCertificate } from "@/lib/facilities/keys";
import { registerApplication, upsertFacility } from "@/lib/facilities/mutations";
import { createBlobStore } from "@/lib/storage/blob-store";
import { facilityCredentials } from "@/scripts/demo-secrets.mjs";
import { gatewayHeaders, multipartBody, publicationMetadata, type FacilityKey, type SignatureClaims } from "@/lib/ingestion/gateway-client";
import type { IngestionContext } from "@/lib/ingestion/operations";

// Shared by the ingestion API's tests and its bench: a context over a test database, registered labs
// with their certificates, and requests shaped exactly as a lab's software sends them.

export const AUDIENCE = "http://fascicolo.test/api/fse/v1";
export const ORGANIZATION = "120";
export const SAMPLES = path.resolve(import.meta.dirname, "..", "..", "..", "shared", "samples");

export function sample(kind: "pdf" | "cda", name: string): Uint8Array {
  return new Uint8Array(readFileSync(path.join(SAMPLES, kind, `${name}.${kind === "pdf" ? "pdf" : "xml"}`)));
}

export type TestLab = { key: FacilityKey; code: string; applicationId: string };

export async function registerLab(database: Db, code: string, commonName: string): Promise<TestLab> {
  const credentials = facilityCredentials(commonName);
  const facilityId = await upsertFacility(database, { code, name: `Laboratorio ${code}`, type: "Territorio" });
  const applicationId = await registerApplication(database, facilityId, "LIS di prova", registrationFromCertificate(credentials.certificate));
  return { key: { ...credentials, commonName }, code, applicationId };
}

export function ingestionContext(database: Db, maxFileBytes = 20 * 1024 * 1024): IngestionContext {
  const store = createBlobStore(mkdtempSync(path.join(tmpdir(), "fascicolo-ingest-")), "ab".repeat(32));
  return { database, store, audience: AUDIENCE, organizationId: ORGANIZATION, maxFileBytes };
}

type Claims = Omit<SignatureClaims, "facilityCode" | "organizationId"> & Partial<Pick<SignatureClaims, "facilityCode" | "organizationId">>;

export async function labHeaders(lab: TestLab, claims: Claims): Promise<Record<string, string>> {
  return gatewayHeaders(lab.key, AUDIENCE, { facilityCode: lab.code, organizationId: ORGANIZATION, ...claims });
}

/** A multipart request to one of the document services, signed by `lab` for `claims`. */
export async function documentRequest(
  lab: TestLab,
  service: string,
  options: { method?: string; file: Uint8Array; body: Record<string, unknown>; claims: Claims; headers?: Record<string, string> },
): Promise<Request> {
  const headers = { ...(await labHeaders(lab, { file: options.file, ...options.claims })), ...options.headers };
  return new Request(`${AUDIENCE}/${service}`, { method: options.method ?? "POST", headers, body: multipartBody(options.body, options.file) });
}

export { publicationMetadata };
