import Link from "next/link";
import { AreaUnavailable } from "@/components/area-unavailable";
import { formatDate } from "@/lib/i18n/format";
import { loadMeasuredTests } from "@/lib/lab-results/loaders";
import { titled } from "@/lib/i18n/server";
import { msg } from "@/lib/i18n/translate";

export const generateMetadata = titled(msg("Andamento degli esami"));

export default async function LabTestsPage() {
  const outcome = await loadMeasuredTests();
  if (!outcome.allowed) return <AreaUnavailable title="Andamento degli esami" reason={outcome.reason} />;
  const tests = outcome.value;
  return (
    <div>
      <h1 className="text-3xl font-bold">Andamento degli esami</h1>
      <p className="mt-2 max-w-3xl text-muted">Gli esami di laboratorio presenti nei tuoi referti. Apri un esame per vedere come sono cambiati i valori nel tempo.</p>
      {tests.length === 0 ? (
        <p className="mt-6 rounded border border-line bg-white p-4">Nei referti di laboratorio del fascicolo non ci sono ancora risultati strutturati.</p>
      ) : (
        <ul className="mt-6 grid gap-3 sm:grid-cols-2">
          {tests.map((test) => (
            <li key={test.loinc} className="rounded border border-line bg-white p-4">
              <Link href={`/esami/${test.loinc}`} className="text-lg font-semibold">
                {test.name}
              </Link>
              <p className="mt-1">
                Ultimo valore: <span className={test.latest.outOfRange ? "font-bold text-danger" : "font-semibold"}>{test.latest.valueText} {test.latest.unit ?? ""}</span>
                {test.latest.outOfRange ? " (fuori dall'intervallo)" : ""} del {formatDate(test.latest.observedAt)}
              </p>
              <p className="text-sm text-muted">
                {test.count === 1 ? "1 misurazione" : `${test.count} misurazioni`} · LOINC {test.loinc}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
