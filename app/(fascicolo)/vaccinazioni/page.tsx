import Link from "next/link";
import { AreaUnavailable } from "@/components/area-unavailable";
import { actFor } from "@/lib/delegations/actions";
import { actingForName } from "@/lib/delegations/context";
import { loadVaccinations } from "@/lib/vaccinations/loaders";
import { getT, titled } from "@/lib/i18n/server";
import { msg } from "@/lib/i18n/translate";

export const generateMetadata = titled(msg("Vaccinazioni"));

export default async function VaccinationsPage() {
  const t = await getT();
  const actingFor = await actingForName();
  const { outcome, children } = await loadVaccinations();
  if (!outcome.allowed) return <AreaUnavailable title={t("Vaccinazioni")} reason={outcome.reason} />;
  const vaccinations = outcome.value;
  return (
    <div>
      <h1 className="text-3xl font-bold">{actingFor ? t("Vaccinazioni di {name}", { name: actingFor }) : t("Vaccinazioni")}</h1>
      <p className="mt-2 max-w-3xl text-muted">
        {t("Lo storico vaccinale, dalla più recente, ricavato dai documenti delle vaccinazioni. Il certificato vaccinale le riporta tutte.")}
      </p>
      <p className="mt-4">
        <a href="/vaccinazioni/certificato?scarica=1" className="inline-block rounded bg-brand px-5 py-2 font-semibold text-white no-underline hover:bg-brand-dark hover:text-white">
          {t("Scarica il certificato vaccinale (PDF)")}
        </a>
      </p>
      <section aria-labelledby="storico" className="mt-6">
        <h2 id="storico" className="text-2xl font-semibold">
          {t("Storico")}
        </h2>
        {vaccinations.length === 0 ? (
          <p className="mt-3 rounded border border-line bg-white p-4">{t("Nel fascicolo non risultano vaccinazioni.")}</p>
        ) : (
          <>
            <div className="mt-3 hidden rounded border border-line bg-white md:block">
              <table className="w-full text-left">
                <caption className="sr-only">{t("Vaccinazioni, dalla più recente")}</caption>
                <thead className="border-b border-line bg-surface">
                  <tr>
                    <th scope="col" className="px-4 py-2">{t("Data")}</th>
                    <th scope="col" className="px-4 py-2">{t("Vaccino")}</th>
                    <th scope="col" className="px-4 py-2">{t("Dose")}</th>
                    <th scope="col" className="px-4 py-2">{t("Lotto")}</th>
                    <th scope="col" className="px-4 py-2">{t("Dove")}</th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-line">
                  {vaccinations.map((vaccination) => (
                    <tr key={vaccination.id}>
                      <td className="whitespace-nowrap px-4 py-2">{t.date(vaccination.administeredAt)}</td>
                      <th scope="row" lang="it" className="px-4 py-2 font-normal">
                        <Link href={`/documenti/${vaccination.documentId}`}>{vaccination.vaccineName}</Link>
                      </th>
                      <td className="px-4 py-2">{vaccination.doseNumber ?? "-"}</td>
                      <td className="px-4 py-2 font-mono">{vaccination.lot ?? "-"}</td>
                      <td className="px-4 py-2">{vaccination.facilityName}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {/* On a phone each vaccination is a card: lot and place stay in view, nothing scrolls sideways. */}
            <ol className="mt-3 grid gap-3 md:hidden" aria-label={t("Vaccinazioni, dalla più recente")}>
              {vaccinations.map((vaccination) => (
                <li key={vaccination.id} className="rounded border border-line bg-white p-3">
                  <p className="text-sm text-muted">{t.date(vaccination.administeredAt)}</p>
                  <p lang="it" className="font-semibold">
                    <Link href={`/documenti/${vaccination.documentId}`}>{vaccination.vaccineName}</Link>
                  </p>
                  <dl className="mt-1 grid grid-cols-[max-content_1fr] gap-x-3 text-sm">
                    <dt className="font-semibold">{t("Dose")}</dt>
                    <dd>{vaccination.doseNumber ?? "-"}</dd>
                    <dt className="font-semibold">{t("Lotto")}</dt>
                    <dd className="font-mono break-all">{vaccination.lot ?? "-"}</dd>
                    <dt className="font-semibold">{t("Dove")}</dt>
                    <dd>{vaccination.facilityName}</dd>
                  </dl>
                </li>
              ))}
            </ol>
          </>
        )}
      </section>
      {children.length > 0 ? (
        <section aria-labelledby="figli" className="mt-8">
          <h2 id="figli" className="text-2xl font-semibold">
            {t("Le vaccinazioni delle persone che rappresenti")}
          </h2>
          <ul className="mt-3 flex flex-wrap gap-3">
            {children.map((child) => (
              <li key={child.id}>
                <form action={actFor}>
                  <input type="hidden" name="subjectId" value={child.id} />
                  <input type="hidden" name="next" value="/vaccinazioni" />
                  <button type="submit" className="rounded border border-brand bg-white px-4 py-2 font-semibold text-brand">
                    {t("Vaccinazioni di {name}", { name: child.name })}
                  </button>
                </form>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
