import Link from "next/link";
import { DOCUMENT_TYPES } from "@/lib/documents/document-types";
import type { DocumentFilters as Filters } from "@/lib/documents/schema";
import type { FacilityOption } from "@/lib/documents/types";
import { Field, inputClass } from "./ui/field";
import { getT } from "@/lib/i18n/server";
import type { Translator } from "@/lib/i18n/translate";

/** `action`: the list the filters apply to (the citizen's documents, or a patient's in the professional area). */
type Props = { filters: Filters; errors: Partial<Record<keyof Filters, string>>; facilities: FacilityOption[]; raw: Record<string, string | undefined>; action?: string };

export async function DocumentFilters({ filters, errors, facilities, raw, action = "/documenti" }: Props) {
  // Folded on arrival so that on a phone the documents come first; open while filters are in use.
  const t = await getT();
  const inUse = Boolean(filters.tipo || filters.dal || filters.al || filters.struttura || filters.testo) || Object.keys(errors).length > 0;
  return (
    <details open={inUse} className="rounded border border-line bg-white">
      <summary className="cursor-pointer px-4 py-3 font-semibold text-brand">{inUse ? t("Filtri attivi: modifica o azzera") : t("Filtra i documenti")}</summary>
      <FilterForm filters={filters} errors={errors} facilities={facilities} raw={raw} action={action} t={t} />
    </details>
  );
}

function FilterForm({ filters, errors, facilities, raw, action, t }: Props & { action: string; t: Translator }) {
  return (
    <form method="get" action={action} className="grid gap-4 border-t border-line p-4 sm:grid-cols-2" aria-label={t("Filtra i documenti")}>
      <Field id="testo" label={t("Cerca nel titolo o negli esami")} hint={t("Per esempio: glucosio, ecografia, dimissione.")} error={errors.testo}>
        {(describedBy, invalid) => (
          <input id="testo" name="testo" type="search" defaultValue={raw.testo ?? ""} className={inputClass} aria-describedby={describedBy} aria-invalid={invalid} />
        )}
      </Field>
      <Field id="tipo" label={t("Tipo di documento")} error={errors.tipo}>
        {(describedBy, invalid) => (
          <select id="tipo" name="tipo" defaultValue={filters.tipo ?? ""} className={inputClass} aria-describedby={describedBy} aria-invalid={invalid}>
            <option value="">{t("Tutti i tipi")}</option>
            {Object.entries(DOCUMENT_TYPES).map(([code, type]) => (
              <option key={code} value={code}>
                {t(type.label)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="dal" label={t("Dal giorno")} error={errors.dal}>
        {(describedBy, invalid) => (
          <input id="dal" name="dal" type="date" defaultValue={raw.dal ?? ""} className={inputClass} aria-describedby={describedBy} aria-invalid={invalid} />
        )}
      </Field>
      <Field id="al" label={t("Al giorno")} error={errors.al}>
        {(describedBy, invalid) => (
          <input id="al" name="al" type="date" defaultValue={raw.al ?? ""} className={inputClass} aria-describedby={describedBy} aria-invalid={invalid} />
        )}
      </Field>
      <Field id="struttura" label={t("Struttura")} error={errors.struttura}>
        {(describedBy, invalid) => (
          <select id="struttura" name="struttura" defaultValue={filters.struttura ?? ""} className={inputClass} aria-describedby={describedBy} aria-invalid={invalid}>
            <option value="">{t("Tutte le strutture")}</option>
            {facilities.map((facility) => (
              <option key={facility.id} value={facility.id}>
                {facility.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="flex items-end gap-4">
        <button type="submit" className="rounded bg-brand px-5 py-2 font-semibold text-white hover:bg-brand-dark">
          {t("Applica i filtri")}
        </button>
        <Link href={action}>{t("Azzera")}</Link>
      </div>
    </form>
  );
}
