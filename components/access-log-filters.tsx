import Link from "next/link";
import type { AccessLogFilters as Filters } from "@/lib/access-log/schema";
import { getT } from "@/lib/i18n/server";
import { Field, inputClass } from "./ui/field";

type Props = { filters: Filters; errors: Record<string, string>; csvHref: string };

export async function AccessLogFilters({ filters, errors, csvHref }: Props) {
  const t = await getT();
  return (
    // Keyed by the filters: a link to other filters ("Azzera", "Mostra anche i tuoi accessi") navigates without
    // a reload, and uncontrolled fields would otherwise keep showing the previous choice.
    <form key={JSON.stringify(filters)} method="get" action="/accessi" className="mt-6 grid gap-4 rounded border border-line bg-white p-4 sm:grid-cols-2 lg:grid-cols-4" aria-label={t("Filtra gli accessi")}>
      <Field id="chi" label={t("Chi")} error={errors.chi}>
        {(describedBy, invalid) => (
          <select id="chi" name="chi" defaultValue={filters.chi ?? ""} className={inputClass} aria-describedby={describedBy} aria-invalid={invalid}>
            <option value="">{t("Altre persone")}</option>
            <option value="tutti">{t("Tutti, anche tu")}</option>
            <option value="tu">{t("Tu")}</option>
            <option value="professionisti">{t("Professionisti sanitari")}</option>
            <option value="delegati">{t("Delegati e genitori")}</option>
            <option value="operatori">{t("Operatori di sportello")}</option>
          </select>
        )}
      </Field>
      <Field id="esito" label={t("Esito")} error={errors.esito}>
        {(describedBy, invalid) => (
          <select id="esito" name="esito" defaultValue={filters.esito ?? ""} className={inputClass} aria-describedby={describedBy} aria-invalid={invalid}>
            <option value="">{t("Tutti")}</option>
            <option value="consentiti">{t("Consentiti")}</option>
            <option value="negati">{t("Negati")}</option>
          </select>
        )}
      </Field>
      <Field id="dal" label={t("Dal giorno")} error={errors.dal}>
        {(describedBy, invalid) => <input id="dal" name="dal" type="date" defaultValue={filters.dal ?? ""} className={inputClass} aria-describedby={describedBy} aria-invalid={invalid} />}
      </Field>
      <Field id="al" label={t("Al giorno")} error={errors.al}>
        {(describedBy, invalid) => <input id="al" name="al" type="date" defaultValue={filters.al ?? ""} className={inputClass} aria-describedby={describedBy} aria-invalid={invalid} />}
      </Field>
      <div className="flex flex-wrap items-center gap-4 sm:col-span-2 lg:col-span-4">
        <button type="submit" className="rounded bg-brand px-5 py-2 font-semibold text-white hover:bg-brand-dark">
          {t("Applica i filtri")}
        </button>
        <Link href="/accessi">{t("Azzera")}</Link>
        <a href={csvHref} download className="ml-auto font-semibold">
          {t("Scarica in formato CSV")}
        </a>
      </div>
    </form>
  );
}
