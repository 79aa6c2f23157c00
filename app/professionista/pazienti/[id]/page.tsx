import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CdaSections } from "@/components/cda-sections";
import { DocumentFilters } from "@/components/document-filters";
import { formatDate } from "@/lib/i18n/format";
import { loadPatientEssentials, loadPatientRecord } from "@/lib/professional/loaders";
import { parseDocumentFilters } from "@/lib/documents/schema";

export const metadata: Metadata = { title: "Fascicolo dell'assistito" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function PatientRecordPage({ params, searchParams }: Props) {
  const { id } = await params;
  const raw = await searchParams;
  const { filters, errors } = parseDocumentFilters(raw);
  const record = await loadPatientRecord(id, filters);
  if (!record) notFound();
  // What matters first in an emergency, before any list: only on the first page of documents.
  const essentials = record.summaryId && !filters.dopo ? await loadPatientEssentials(id, record.summaryId) : null;
  const flatRaw = Object.fromEntries(Object.entries(raw).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));
  // The next page keeps the filters in use; only the cursor changes.
  const nextHref = (cursor: string) => {
    const query = new URLSearchParams(Object.entries(flatRaw).filter((entry): entry is [string, string] => entry[0] !== "dopo" && typeof entry[1] === "string"));
    query.set("dopo", cursor);
    return `/professionista/pazienti/${id}?${query}`;
  };
  return (
    <div>
      <p>
        <Link href="/professionista">← Cerca un altro assistito</Link>
      </p>
      <h1 className="mt-3 text-3xl font-bold">{record.patient.name}</h1>
      <p className="text-muted">Nato/a il {formatDate(record.patient.birthDate)}</p>
      {record.emergency ? (
        <p className="mt-3 rounded border-2 border-danger bg-white p-3 font-semibold text-danger" role="status">
          Accesso in emergenza: ogni consultazione è registrata come tale e notificata all&apos;assistito.
        </p>
      ) : null}
      <section aria-labelledby="essenziale" className={`mt-6 rounded bg-white p-4 ${record.emergency ? "border-2 border-danger" : "border border-line"}`}>
        <h2 id="essenziale" className="text-xl font-semibold">
          Per prima cosa: allergie, terapie, problemi
        </h2>
        {essentials ? (
          <>
            <p className="text-sm text-muted">
              Dal <Link href={`/professionista/pazienti/${id}/documenti/${essentials.documentId}`}>profilo sanitario sintetico</Link> del {formatDate(essentials.date)}, {essentials.author}.
            </p>
            <div lang="it" className="mt-2 grid gap-4 md:grid-cols-3">
              {essentials.sections.map((entry) => (
                <div key={entry.code}>
                  <h3 className="font-semibold">{entry.title}</h3>
                  {entry.section ? (
                    <CdaSections sections={[{ ...entry.section, title: "" }]} level={4} tables={{ scroll: "Tabella del documento: se non si vede tutta, scorrila di lato" }} />
                  ) : (
                    <p className="mt-1 text-muted">Non indicato nel profilo sanitario sintetico.</p>
                  )}
                </div>
              ))}
            </div>
          </>
        ) : (
          <p className="mt-1">Nessun profilo sanitario sintetico consultabile: allergie e terapie vanno chieste all&apos;assistito o ai documenti qui sotto.</p>
        )}
      </section>
      {record.notebook.length > 0 ? (
        <section aria-labelledby="taccuino" className="mt-6 rounded border border-line bg-white p-4">
          <h2 id="taccuino" className="text-xl font-semibold">
            Note condivise dall&apos;assistito
          </h2>
          <p className="text-sm text-muted">Dal taccuino personale: scritte dall&apos;assistito, non validate da un professionista.</p>
          <ul className="mt-3 divide-y divide-line">
            {record.notebook.map((entry) => (
              <li key={entry.id} className="py-3">
                <p className="font-semibold">{entry.title}</p>
                <p className="text-sm text-muted">
                  {formatDate(entry.createdAt)}
                  {entry.labels.length > 0 ? ` · ${entry.labels.join(", ")}` : ""}
                </p>
                {entry.note ? <p className="mt-1 whitespace-pre-line">{entry.note}</p> : null}
                {entry.file ? (
                  <p className="mt-1">
                    <a href={`/professionista/pazienti/${id}/taccuino/${entry.id}/file`}>Apri {entry.file.name}</a>
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-label="Documenti consultabili" className="mt-6">
        <div className="mb-4">
          <DocumentFilters filters={filters} errors={errors} facilities={record.facilities} raw={flatRaw} action={`/professionista/pazienti/${id}`} />
        </div>
        {record.page.items.length === 0 ? (
          <p className="rounded border border-line bg-white p-4">Nessun documento consultabile.</p>
        ) : (
          <ul className="divide-y divide-line rounded border border-line bg-white">
            {record.page.items.map((item) => (
              <li key={item.id}>
                <Link href={`/professionista/pazienti/${id}/documenti/${item.id}`} className="block px-4 py-3 no-underline hover:bg-surface">
                  <span className="block font-semibold underline">{item.title}</span>
                  <span className="mt-1 block text-sm text-muted">
                    {item.typeLabel} · <time dateTime={item.clinicalDate}>{formatDate(item.clinicalDate)}</time> · {item.facilityName}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        )}
        {record.page.nextCursor ? (
          <p className="mt-4">
            <Link href={nextHref(record.page.nextCursor)}>Documenti precedenti</Link>
          </p>
        ) : null}
      </section>
    </div>
  );
}
