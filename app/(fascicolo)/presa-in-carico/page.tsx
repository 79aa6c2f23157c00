import Link from "next/link";
import { AreaUnavailable } from "@/components/area-unavailable";
import { loadCarePlans } from "@/lib/care-plans/loaders";
import type { CarePlanItemStatus } from "@/lib/care-plans/types";
import { formatDate } from "@/lib/i18n/format";
import { titled } from "@/lib/i18n/server";
import { msg } from "@/lib/i18n/translate";

export const generateMetadata = titled(msg("Percorso di cura"));

const STATUS: Record<CarePlanItemStatus, { label: string; className: string }> = {
  DONE: { label: "Fatto", className: "border-line text-muted" },
  BOOKED: { label: "Prenotato", className: "border-brand text-brand" },
  PLANNED: { label: "Da prenotare", className: "border-ink text-ink" },
  OVERDUE: { label: "In ritardo", className: "border-danger text-danger" },
};

export default async function CarePlansPage() {
  const outcome = await loadCarePlans();
  if (!outcome.allowed) return <AreaUnavailable title="Percorso di cura" reason={outcome.reason} />;
  const plans = outcome.value;
  return (
    <div>
      <h1 className="text-3xl font-bold">Percorso di cura</h1>
      <p className="mt-2 max-w-3xl text-muted">
        Per chi ha una malattia cronica: chi ti segue e i controlli previsti dal tuo piano di cura. Le visite da prenotare si prenotano dalle{" "}
        <Link href="/prenotazioni">prenotazioni</Link>, con la ricetta del medico.
      </p>
      {plans.length === 0 ? (
        <p className="mt-6 rounded border border-line bg-white p-4">Non sei in un percorso di presa in carico per una malattia cronica.</p>
      ) : (
        plans.map((plan) => (
          <section key={plan.id} aria-labelledby={`piano-${plan.id}`} className="mt-6 rounded border border-line bg-white p-4">
            <h2 id={`piano-${plan.id}`} className="text-2xl font-semibold">
              {plan.condition}
            </h2>
            <p className="mt-1">
              Ti segue <span className="font-semibold">{plan.managerName}</span> · {plan.managerRole}
            </p>
            <p className="text-sm text-muted">
              In carico dal {formatDate(plan.startedAt)}
              {plan.reviewBy ? ` · piano da rivedere entro il ${formatDate(plan.reviewBy)}` : ""}
            </p>
            <ol className="mt-4 divide-y divide-line">
              {plan.items.map((item) => (
                <li key={item.id} className="flex flex-wrap items-center justify-between gap-2 py-3">
                  <span>
                    <span className="block font-semibold">{item.description}</span>
                    <span className="text-sm text-muted">
                      {item.kind === "VISIT" ? "Visita" : "Esame"} · {item.status === "DONE" && item.doneAt ? `fatto il ${formatDate(item.doneAt)}` : `entro il ${formatDate(item.dueBy)}`}
                    </span>
                  </span>
                  <span className={`rounded border-2 px-2 py-0.5 text-sm font-semibold ${STATUS[item.status].className}`}>{STATUS[item.status].label}</span>
                </li>
              ))}
            </ol>
          </section>
        ))
      )}
    </div>
  );
}
