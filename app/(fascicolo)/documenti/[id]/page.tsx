import { notFound } from "next/navigation";
import { DocumentView } from "@/components/document-view";
import { DocumentVisibility } from "@/components/document-visibility";
import { actingForName } from "@/lib/delegations/context";
import { loadDocument } from "@/lib/documents/loaders";
import { getT, titled } from "@/lib/i18n/server";
import { msg } from "@/lib/i18n/translate";

type Props = { params: Promise<{ id: string }> };

export const generateMetadata = titled(msg("Documento"));

export default async function DocumentPage({ params }: Props) {
  const { id } = await params;
  const document = await loadDocument(id);
  // Missing, hidden and someone else's documents all look the same: the viewer learns nothing.
  if (!document) notFound();
  // Only the citizen decides what to obscure in their own record.
  const actingFor = await actingForName();
  const t = await getT();
  return (
    <DocumentView
      detail={document.detail}
      content={document.content}
      fileUrl={`/documenti/${document.detail.id}/file`}
      back={{ href: "/documenti", label: actingFor ? t("Tutti i documenti di {name}", { name: actingFor }) : t("Tutti i documenti") }}
      trendHref={(loinc) => `/esami/${loinc}`}
      notices={
        actingFor ? (
          <p className="mt-3 max-w-3xl rounded border border-line bg-white p-3">{t("Documento del fascicolo di {name}.", { name: actingFor })}</p>
        ) : (
          <DocumentVisibility documentId={document.detail.id} obscuredByCitizen={document.detail.obscuredByCitizen} obscuredAtSource={document.detail.obscuredAtSource} />
        )
      }
    />
  );
}
