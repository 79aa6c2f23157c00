import Link from "next/link";
import { AreaUnavailable } from "@/components/area-unavailable";
import { DocumentFilters } from "@/components/document-filters";
import { DocumentList } from "@/components/document-list";
import { ErrorSummary } from "@/components/ui/error-summary";
import { actingForName } from "@/lib/delegations/context";
import { loadDocumentList } from "@/lib/documents/loaders";
import { parseDocumentFilters } from "@/lib/documents/schema";
import { getT, titled } from "@/lib/i18n/server";
import { msg } from "@/lib/i18n/translate";

export const generateMetadata = titled(msg("Documenti"));

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function DocumentsPage({ searchParams }: Props) {
  const t = await getT();
  const raw = await searchParams;
  const { filters, errors } = parseDocumentFilters(raw);
  const outcome = await loadDocumentList(filters);
  if (!outcome.allowed) return <AreaUnavailable title={t("Documenti")} reason={outcome.reason} />;
  const result = outcome.value;
  const actingFor = await actingForName();
  const flatRaw = Object.fromEntries(Object.entries(raw).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));
  const filtered = Boolean(filters.tipo || filters.dal || filters.al || filters.struttura || filters.testo);
  const nextHref = result.page.nextCursor
    ? `/documenti?${new URLSearchParams({ ...Object.fromEntries(Object.entries(filters).filter(([key, value]) => key !== "dopo" && value)), dopo: result.page.nextCursor })}`
    : null;
  return (
    <div>
      <h1 className="text-3xl font-bold">{actingFor ? t("I documenti di {name}", { name: actingFor }) : t("I tuoi documenti")}</h1>
      <p className="mt-2 text-muted">
        {filtered
          ? t("{count, plural, =0 {Nessun documento corrisponde ai filtri.} one {# documento corrisponde ai filtri, dal più recente.} other {# documenti corrispondono ai filtri, dal più recente.}}", { count: result.total })
          : t("{count, plural, =0 {Nessun documento.} one {# documento.} other {# documenti, dal più recente al più vecchio.}}", { count: result.total })}
      </p>
      {result.years.length > 1 ? (
        // A long history is reached a year at a time: each link shows that year's documents and the older ones.
        <nav aria-label={t("Vai all'anno")} className="mt-3">
          <p className="font-semibold">{t("Vai all'anno")}</p>
          <ul className="mt-1 flex flex-wrap gap-2">
            {result.years.map((year) => (
              <li key={year}>
                <Link href={`/documenti?al=${year}-12-31`} aria-current={filters.al === `${year}-12-31` && !filters.dal ? "page" : undefined} className="inline-block rounded border border-line bg-white px-3 py-1 aria-[current=page]:border-2 aria-[current=page]:border-brand aria-[current=page]:font-semibold">
                  {year}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      <div className="mt-6">
        <ErrorSummary errors={Object.entries(errors).map(([field, message]) => ({ field, message: message! }))} />
        <DocumentFilters filters={filters} errors={errors} facilities={result.facilities} raw={flatRaw} />
      </div>
      <section aria-label={t("Elenco dei documenti")} className="mt-6">
        {result.page.items.length > 0 ? (
          <DocumentList items={result.page.items} byYear />
        ) : (
          <p className="rounded border border-line bg-white p-4">
            {filtered ? t("Nessun documento corrisponde ai filtri scelti. Prova ad allargare il periodo o a togliere un filtro.") : actingFor ? t("Non ci sono ancora documenti nel fascicolo di {name}.", { name: actingFor }) : t("Non ci sono ancora documenti nel tuo fascicolo.")}
          </p>
        )}
        <nav aria-label={t("Pagine dei documenti")} className="mt-4 flex flex-wrap gap-6">
          {filters.dopo ? <Link href="/documenti">{t("Torna ai più recenti")}</Link> : null}
          {nextHref ? <Link href={nextHref}>{t("Documenti precedenti")}</Link> : null}
        </nav>
      </section>
    </div>
  );
}
