import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DocumentView } from "@/components/document-view";
import { loadPatientDocument } from "@/lib/professional/loaders";

export const metadata: Metadata = { title: "Documento dell'assistito" };

type Props = { params: Promise<{ id: string; documentId: string }> };

export default async function PatientDocumentPage({ params }: Props) {
  const { id, documentId } = await params;
  const document = await loadPatientDocument(id, documentId);
  if (!document) notFound();
  return (
    <DocumentView
      detail={document.detail}
      content={document.content}
      fileUrl={`/professionista/pazienti/${id}/documenti/${documentId}/file`}
      back={{ href: `/professionista/pazienti/${id}`, label: `Documenti di ${document.patient.name}` }}
    />
  );
}
