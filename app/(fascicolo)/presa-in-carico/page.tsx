import Link from "next/link";
import { AreaUnavailable } from "@/components/area-unavailable";
import { loadCarePlans } from "@/lib/care-plans/loaders";
import type { CarePlanItemStatus } from "@/lib/care-plans/types";
import { actingForName } from "@/lib/delegations/context";
import { getT, titled } from "@/lib/i18n/server";
import { msg } from "@/lib/i18n/translate";

export const generateMetadata = titled(msg("Percorso di cura"));

const STATUS: Record<CarePlanItemStatus, { label: string; className: string }> = {
  DONE: { label: msg("Fatto"), className: "border-line text-muted" },
  BOOKED: { label: msg("Prenotato"), className: "border-brand text-brand" },
  PLANNED: { label: msg("Da prenotare"), className: "border-ink text-ink" },
  OVERDUE: { label: msg("In ritardo"), className: "border-danger text-danger" },
};

export default async function CarePlansPage() {
  const t = await getT();
  const actingFor = await actingForName();
  const outcome = await loadCarePlans();
  if (!outcome.allowed) return <AreaUnavailable title={t("Percorso di cura")} reason={outcome.reason} />;
  const plans = outcome.value;
  return (
    <div>
      <h1 className="text-3xl font-bold">{actingFor ? t("Percorso di cura di {name}", { name: actingFor }) : t("Percorso di cura")}</h1>
      <p className="mt-2 max-w-3xl text-muted">
        {actingFor
          ? t.rich(
              "Per chi ha una malattia cronica: chi segue {name} e i controlli previsti dal suo piano di cura. Le visite da prenotare si prenotano dalle <link>prenotazioni</link>, con la ricetta del medico.",
              { name: actingFor, link: (chunks) => <Link href="/prenotazioni">{chunks}</Link> },
            )
          : t.rich(
              "Per chi ha una malattia cronica: chi ti segue e i controlli previsti dal tuo piano di cura. Le visite da prenotare si prenotano dalle <link>prenotazioni</link>, con la ricetta del medico.",
              { link: (chunks) => <Link href="/prenotazioni">{chunks}</Link> },
            )}
      </p>
      {plans.length === 0 ? (
        <p className="mt-6 rounded border border-line bg-white p-4">{actingFor ? t("{name} non è in un percorso di presa in carico per una malattia cronica.", { name: actingFor }) : t("Non sei in un percorso di presa in carico per una malattia cronica.")}</p>
      ) : (
        plans.map((plan) => (
          <section key={plan.id} aria-labelledby={`piano-${plan.id}`} className="mt-6 rounded border border-line bg-white p-4">
            <h2 id={`piano-${plan.id}`} lang="it" className="text-2xl font-semibold">
              {plan.condition}
            </h2>
            <p className="mt-1">
              {actingFor ? t("Chi segue {name}:", { name: actingFor }) : t("Ti segue")} <span className="font-semibold">{plan.managerName}</span> · <span lang="it">{plan.managerRole}</span>
            </p>
            <p className="text-sm text-muted">
              {t("In carico dal {date}", { date: t.date(plan.startedAt) })}
              {plan.reviewBy ? ` · ${t("piano da rivedere entro il {date}", { date: t.date(plan.reviewBy) })}` : ""}
            </p>
            <ol className="mt-4 divide-y divide-line">
              {plan.items.map((item) => (
                <li key={item.id} className="flex flex-wrap items-center justify-between gap-2 py-3">
                  <span>
                    <span lang="it" className="block font-semibold">
                      {item.description}
                    </span>
                    <span className="text-sm text-muted">
                      {item.kind === "VISIT" ? t("Visita") : t("Esame")} ·{" "}
                      {item.status === "DONE" && item.doneAt ? t("fatto il {date}", { date: t.date(item.doneAt) }) : t("entro il {date}", { date: t.date(item.dueBy) })}
                    </span>
                  </span>
                  <span className={`rounded border-2 px-2 py-0.5 text-sm font-semibold ${STATUS[item.status].className}`}>{t(STATUS[item.status].label)}</span>
                </li>
              ))}
            </ol>
          </section>
        ))
      )}
    </div>
  );
}
