import Link from "next/link";
import { AreaUnavailable } from "@/components/area-unavailable";
import { PrescriptionCard } from "@/components/prescription-card";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Field, inputClass } from "@/components/ui/field";
import { actingForName } from "@/lib/delegations/context";
import { loadPrescriptions } from "@/lib/prescriptions/loaders";
import { parsePrescriptionFilters } from "@/lib/prescriptions/schema";
import { getT, titled } from "@/lib/i18n/server";
import { msg } from "@/lib/i18n/translate";

export const generateMetadata = titled(msg("Ricette"));

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function PrescriptionsPage({ searchParams }: Props) {
  const t = await getT();
  const actingFor = await actingForName();
  const { filters, errors } = parsePrescriptionFilters(await searchParams);
  const outcome = await loadPrescriptions(filters);
  if (!outcome.allowed) return <AreaUnavailable title={t("Ricette")} reason={outcome.reason} />;
  const page = outcome.value;
  const kept = Object.fromEntries(Object.entries(filters).filter(([key, value]) => key !== "dopo" && value)) as Record<string, string>;
  const nextHref = page.nextCursor ? `/ricette?${new URLSearchParams({ ...kept, dopo: page.nextCursor })}` : null;
  const filtered = Boolean(filters.tipo || filters.stato);
  return (
    <div>
      <h1 className="text-3xl font-bold">{actingFor ? t("Ricette di {name}", { name: actingFor }) : t("Ricette")}</h1>
      <p className="mt-2 max-w-3xl text-muted">
        {t(
          "Le ricette elettroniche di farmaci e di visite o esami, dalla più recente. In farmacia o per prenotare basta il codice NRE con la tessera sanitaria; se preferisci, stampa il promemoria.",
        )}
      </p>
      <div className="mt-6">
        <ErrorSummary errors={Object.entries(errors).map(([field, message]) => ({ field, message }))} />
        <form method="get" action="/ricette" aria-label={t("Filtra le ricette")} className="grid gap-4 rounded border border-line bg-white p-4 sm:grid-cols-3 sm:items-end">
          <Field id="tipo" label={t("Tipo")} error={errors.tipo}>
            {(describedBy, invalid) => (
              <select id="tipo" name="tipo" defaultValue={filters.tipo ?? ""} className={inputClass} aria-describedby={describedBy} aria-invalid={invalid}>
                <option value="">{t("Tutte")}</option>
                <option value="farmaceutica">{t("Farmaci")}</option>
                <option value="specialistica">{t("Visite ed esami")}</option>
              </select>
            )}
          </Field>
          <Field id="stato" label={t("Stato")} error={errors.stato}>
            {(describedBy, invalid) => (
              <select id="stato" name="stato" defaultValue={filters.stato ?? ""} className={inputClass} aria-describedby={describedBy} aria-invalid={invalid}>
                <option value="">{t("Tutti")}</option>
                <option value="da-erogare">{t("Da utilizzare")}</option>
                <option value="erogata">{t("Utilizzate")}</option>
                <option value="scaduta">{t("Scadute")}</option>
              </select>
            )}
          </Field>
          <div className="flex flex-wrap gap-4">
            <button type="submit" className="rounded bg-brand px-5 py-2 font-semibold text-white hover:bg-brand-dark">
              {t("Filtra")}
            </button>
            {filtered ? <Link href="/ricette" className="self-center">{t("Azzera i filtri")}</Link> : null}
          </div>
        </form>
      </div>
      <section aria-label={t("Elenco delle ricette")} className="mt-6">
        {page.items.length > 0 ? (
          <ul className="grid gap-4">
            {page.items.map((prescription) => (
              <li key={prescription.id}>
                <PrescriptionCard prescription={prescription} />
              </li>
            ))}
          </ul>
        ) : (
          <p className="rounded border border-line bg-white p-4">
            {filtered ? t("Nessuna ricetta corrisponde ai filtri scelti.") : t("Non ci sono ricette elettroniche nel fascicolo.")}
          </p>
        )}
        <nav aria-label={t("Pagine delle ricette")} className="mt-4 flex flex-wrap gap-6">
          {filters.dopo ? <Link href="/ricette">{t("Torna alle più recenti")}</Link> : null}
          {nextHref ? <Link href={nextHref}>{t("Ricette precedenti")}</Link> : null}
        </nav>
      </section>
    </div>
  );
}
