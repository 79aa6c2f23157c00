import { PERIODS, type Period } from "@/lib/monitoring/schema";
import { Field, inputClass } from "./ui/field";

const PERIOD_LABELS: Record<Period, string> = { mese: "Un mese", trimestre: "Tre mesi", semestre: "Sei mesi", anno: "Un anno" };

type Props = { referenceDate: string; period: Period; errors: Record<string, string> };

/** The reference date and period, sent as a plain GET form: the address says what is shown, and can be shared. */
export function MonitoringFilters({ referenceDate, period, errors }: Props) {
  return (
    <form key={`${referenceDate}-${period}`} method="get" action="/monitoraggio" aria-label="Scegli la data e il periodo" className="mt-6 grid gap-4 rounded border border-line bg-white p-4 sm:grid-cols-3">
      <Field id="data" label="Data di riferimento" hint="I dati dei cittadini riguardano i 90 giorni fino a questa data." error={errors.data}>
        {(describedBy, invalid) => (
          <input id="data" name="data" type="date" defaultValue={referenceDate} className={inputClass} aria-describedby={describedBy} aria-invalid={invalid} />
        )}
      </Field>
      <Field id="periodo" label="Periodo" hint="Per l'attività dei medici e i documenti disponibili." error={errors.periodo}>
        {(describedBy, invalid) => (
          <select id="periodo" name="periodo" defaultValue={period} className={inputClass} aria-describedby={describedBy} aria-invalid={invalid}>
            {(Object.keys(PERIODS) as Period[]).map((key) => (
              <option key={key} value={key}>
                {PERIOD_LABELS[key]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="flex items-end">
        <button type="submit" className="rounded bg-brand px-5 py-2 font-semibold text-white hover:bg-brand-dark">
          Mostra i dati
        </button>
      </div>
    </form>
  );
}
