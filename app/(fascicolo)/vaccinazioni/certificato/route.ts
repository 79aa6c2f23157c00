import { fileResponse } from "@/lib/documents/file-response";
import { loadVaccinationCertificate } from "@/lib/vaccinations/loaders";

/** The vaccination certificate of the record being consulted, generated on request. */
export async function GET(request: Request) {
  const certificate = await loadVaccinationCertificate();
  return fileResponse(
    request,
    certificate && { title: "Certificato vaccinale", clinicalDate: certificate.issuedAt.toISOString(), contentType: "application/pdf", bytes: Buffer.from(certificate.bytes) },
  );
}
