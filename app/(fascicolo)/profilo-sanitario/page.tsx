import Link from "next/link";
import { AreaUnavailable } from "@/components/area-unavailable";
import { DocumentView } from "@/components/document-view";
import { DocumentVisibility } from "@/components/document-visibility";
import { actingForName } from "@/lib/delegations/context";
import { loadLatestPatientSummary } from "@/lib/documents/loaders";
import { getT, titled } from "@/lib/i18n/server";
import { msg } from "@/lib/i18n/translate";

export const generateMetadata = titled(msg("Profilo sanitario sintetico"));

export default async function PatientSummaryPage() {
  const t = await getT();
  const outcome = await loadLatestPatientSummary();
  if (!outcome.allowed) return <AreaUnavailable title={t("Profilo sanitario sintetico")} reason={outcome.reason} />;
  const summary = outcome.value;
  const actingFor = await actingForName();
  if (!summary) {
    return (
      <div className="max-w-3xl">
        <h1 className="text-3xl font-bold">{actingFor ? t("Profilo sanitario sintetico di {name}", { name: actingFor }) : t("Profilo sanitario sintetico")}</h1>
        <p className="mt-6 rounded border border-line bg-white p-4">
          {actingFor
            ? t.rich(
                "Per {name} non c'è ancora un profilo sanitario sintetico. Lo redige il medico o il pediatra di famiglia: chiedilo a lui. Intanto trovi tutti i suoi <link>documenti</link>.",
                { name: actingFor, link: (chunks) => <Link href="/documenti">{chunks}</Link> },
              )
            : t.rich(
                "Non c'è ancora un profilo sanitario sintetico. Lo redige il medico o il pediatra di famiglia: chiedilo a lui. Intanto trovi tutti i tuoi <link>documenti</link>.",
                { link: (chunks) => <Link href="/documenti">{chunks}</Link> },
              )}
        </p>
      </div>
    );
  }
  return (
    <DocumentView
      detail={summary.detail}
      content={summary.content}
      fileUrl={`/documenti/${summary.detail.id}/file`}
      back={{ href: "/", label: t("Pagina iniziale") }}
      trendHref={(loinc) => `/esami/${loinc}`}
      notices={
        <>
          <p className="mt-3 max-w-3xl rounded border border-line bg-white p-3">
            {actingFor
              ? t("È il riassunto della salute di {name} scritto dal medico o dal pediatra di famiglia: allergie, malattie, terapie, vaccinazioni. Qui vedi l'ultima versione.", { name: actingFor })
              : t(
                  "È il riassunto della tua salute scritto dal medico o dal pediatra di famiglia: allergie, malattie, terapie, vaccinazioni. Qui vedi l'ultima versione. Se hai oscurato un documento, i suoi dati possono comparire ancora qui: puoi oscurare anche il profilo.",
                )}
          </p>
          {!actingFor ? <DocumentVisibility documentId={summary.detail.id} obscuredByCitizen={summary.detail.obscuredByCitizen} obscuredAtSource={summary.detail.obscuredAtSource} /> : null}
        </>
      }
    />
  );
}
