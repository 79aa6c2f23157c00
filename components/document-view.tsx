import Link from "next/link";
import type { DocumentContent } from "@/lib/documents/content";
import type { DocumentDetail } from "@/lib/documents/types";
import { getT } from "@/lib/i18n/server";
import { CdaSections } from "./cda-sections";
import { LabResultsTable } from "./lab-results-table";
import { PdfViewer } from "./pdf-viewer";

type Props = {
  detail: DocumentDetail;
  content: DocumentContent;
  fileUrl: string;
  /** `label` comes translated. */
  back: { href: string; label: string };
  /** Shown under the title: the obscured notice for the citizen, the visibility controls, etc. */
  notices?: React.ReactNode;
  /** Where each lab result links to for its trend, when the viewer has that page. */
  trendHref?: (loinc: string) => string;
};

export async function DocumentView({ detail, content, fileUrl, back, notices, trendHref }: Props) {
  const t = await getT();
  // The subtitle adds what the title does not say: the kind of document only when the title does not
  // already name it ("Referto di laboratorio" twice said nothing), then when and where.
  const typeLabel = t(detail.typeLabel);
  const subtitle = [detail.title.toLowerCase().includes(typeLabel.toLowerCase()) ? null : typeLabel, t.date(detail.clinicalDate), detail.facilityName].filter(Boolean).join(" · ");
  const hasResults = Boolean(content.cda && content.cda.labResults.length > 0);
  return (
    <article>
      <p>
        <Link href={back.href}>← {back.label}</Link>
      </p>
      <h1 lang="it" className="mt-3 text-3xl font-bold">
        {detail.title}
      </h1>
      <p className="mt-1 text-lg text-muted">{subtitle}</p>
      {notices}
      <dl className="mt-6 grid gap-x-6 gap-y-2 rounded border border-line bg-white p-4 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t("Data")}</dt>
        <dd>{t.date(detail.clinicalDate)}</dd>
        <dt className="font-semibold">{t("Struttura")}</dt>
        <dd>{detail.facilityName}</dd>
        <dt className="font-semibold">{t("Autore")}</dt>
        <dd>{detail.authorName}</dd>
        <dt className="font-semibold">{t("Pubblicato il")}</dt>
        <dd>{t.dateTime(detail.publishedAt)}</dd>
        <dt className="font-semibold">{t("Versione")}</dt>
        <dd>
          {detail.version}
          {detail.replacedVersions.length > 0
            ? ` ${t("(sostituisce {count, plural, one {una versione precedente} other {# versioni precedenti}})", { count: detail.replacedVersions.length })}`
            : ""}
        </dd>
        <dt className="font-semibold">{t("File originale")}</dt>
        <dd>
          PDF, {t.fileSize(detail.fileSize)}{" "}
          <a
            href={`${fileUrl}?scarica=1`}
            className="ml-2 inline-block rounded bg-brand px-3 py-1 font-semibold text-white no-underline hover:bg-brand-dark hover:text-white"
            download
          >
            {t("Scarica il PDF")}
          </a>
        </dd>
      </dl>

      <section aria-labelledby="contenuto-documento" className="mt-8">
        <h2 id="contenuto-documento" className="text-2xl font-semibold">
          {t("Contenuto")}
        </h2>
        {content.cda ? (
          <>
            {content.cda.labResults.length > 0 ? (
              <div className="mt-4">
                <h3 className="mb-2 font-semibold">{t("Risultati")}</h3>
                <LabResultsTable results={content.cda.labResults} trendHref={trendHref} />
              </div>
            ) : null}
            <div lang="it">
              {/* With the results already in the table above, the laboratory's own table stays one click away. */}
              <CdaSections
                sections={content.cda.sections}
                tables={{ scroll: t("Tabella del documento: se non si vede tutta, scorrila di lato"), folded: hasResults ? t("Mostra la tabella come scritta nel referto") : undefined }}
              />
            </div>
          </>
        ) : (
          <p className="mt-3 rounded border border-line bg-warning-bg p-3">{t(content.error)}</p>
        )}
      </section>

      <section aria-labelledby="pdf" className="mt-8">
        <h2 id="pdf" className="text-2xl font-semibold">
          {t("Documento PDF")}
        </h2>
        <div className="mt-3">
          <PdfViewer url={fileUrl} title={detail.title} />
        </div>
      </section>
    </article>
  );
}
