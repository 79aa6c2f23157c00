import { fileResponse } from "@/lib/documents/file-response";
import { loadChoicesSummary } from "@/lib/profile/loaders";

/** The logged-in person's choices (contacts, notifications, consents) as a PDF. */
export async function GET(request: Request) {
  const pdf = await loadChoicesSummary();
  return fileResponse(request, pdf && { title: "Riepilogo delle scelte", contentType: "application/pdf", bytes: Buffer.from(pdf), clinicalDate: new Date().toISOString() });
}
