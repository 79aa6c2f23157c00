import Link from "next/link";
import { AreaUnavailable } from "@/components/area-unavailable";
import { actingForName } from "@/lib/delegations/context";
import { loadMeasuredTests } from "@/lib/lab-results/loaders";
import { getT, titled } from "@/lib/i18n/server";
import { msg } from "@/lib/i18n/translate";
import { readableUnit } from "@/lib/lab-results/labels";

export const generateMetadata = titled(msg("Andamento degli esami"));

export default async function LabTestsPage() {
  const t = await getT();
  const actingFor = await actingForName();
  const outcome = await loadMeasuredTests();
  if (!outcome.allowed) return <AreaUnavailable title={t("Andamento degli esami")} reason={outcome.reason} />;
  const tests = outcome.value;
  return (
    <div>
      <h1 className="text-3xl font-bold">{actingFor ? t("Andamento degli esami di {name}", { name: actingFor }) : t("Andamento degli esami")}</h1>
      <p className="mt-2 max-w-3xl text-muted">
        {actingFor
          ? t("Gli esami di laboratorio presenti nei referti di {name}. Apri un esame per vedere come sono cambiati i valori nel tempo.", { name: actingFor })
          : t("Gli esami di laboratorio presenti nei tuoi referti. Apri un esame per vedere come sono cambiati i valori nel tempo.")}
      </p>
      {tests.length === 0 ? (
        <p className="mt-6 rounded border border-line bg-white p-4">{t("Nei referti di laboratorio del fascicolo non ci sono ancora risultati strutturati.")}</p>
      ) : (
        <ul className="mt-6 grid gap-3 sm:grid-cols-2">
          {tests.map((test) => (
            <li key={test.loinc} className="rounded border border-line bg-white p-4">
              <Link href={`/esami/${test.loinc}`} lang="it" className="text-lg font-semibold">
                {test.name}
              </Link>
              <p className="mt-1">
                {t("Ultimo valore:")}{" "}
                <span className={test.latest.outOfRange ? "font-bold text-danger" : "font-semibold"}>
                  {test.latest.valueText} {readableUnit(test.latest.unit)}
                </span>
                {test.latest.outOfRange ? ` ${t("(fuori dall'intervallo)")}` : ""} {t("del {date}", { date: t.date(test.latest.observedAt) })}
              </p>
              <p className="text-sm text-muted">
                {t("{count, plural, one {# misurazione} other {# misurazioni}}", { count: test.count })}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
