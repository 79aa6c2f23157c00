import type { DemoPerson } from "./people";

// The chronic patient's care plan (diabetes and hypertension), with visits and tests done, booked,
// planned and one overdue, as a real plan looks after a few years.

const DAY = 86_400_000;

const PLANS: Record<string, { condition: string; managerName: string; managerRole: string; startedDaysAgo: number; items: [string, "VISIT" | "TEST", number, "PLANNED" | "BOOKED" | "DONE"][] }[]> = {
  "demo-giovanni": [
    {
      condition: "Diabete mellito di tipo 2 con ipertensione arteriosa",
      managerName: "Dott.ssa Chiara Lombardo",
      managerRole: "Medico di medicina generale, gestore della presa in carico",
      startedDaysAgo: 730,
      items: [
        ["Emoglobina glicata (HbA1c)", "TEST", -150, "DONE"],
        ["Visita diabetologica di controllo", "VISIT", -120, "DONE"],
        ["Creatinina e microalbuminuria", "TEST", -20, "PLANNED"],
        ["Prelievo di sangue venoso (glicemia, HbA1c, profilo lipidico)", "TEST", 4, "BOOKED"],
        ["Esame del fondo oculare", "VISIT", 16, "BOOKED"],
        ["Elettrocardiogramma", "TEST", 60, "PLANNED"],
        ["Visita diabetologica di controllo", "VISIT", 240, "PLANNED"],
      ],
    },
  ],
  "demo-carlo": [
    {
      condition: "Scompenso cardiaco cronico",
      managerName: "Ospedale Centrale San Luca - Cardiologia",
      managerRole: "Erogatore della presa in carico",
      startedDaysAgo: 400,
      items: [
        ["Ecocardiogramma", "TEST", -60, "DONE"],
        ["Visita cardiologica di controllo", "VISIT", 30, "PLANNED"],
        ["Elettrolitemia e creatinina", "TEST", 25, "PLANNED"],
      ],
    },
  ],
};

export function planCarePlans(people: DemoPerson[], today: Date) {
  const plans = [];
  const items = [];
  for (const person of people) {
    for (const [planIndex, plan] of (PLANS[person.id] ?? []).entries()) {
      const id = `${person.id}-cp${planIndex}`;
      plans.push({ id, patientId: person.id, condition: plan.condition, managerName: plan.managerName, managerRole: plan.managerRole, startedAt: new Date(today.getTime() - plan.startedDaysAgo * DAY), reviewBy: new Date(today.getTime() + 300 * DAY) });
      for (const [itemIndex, [description, kind, dueInDays, status]] of plan.items.entries()) {
        const dueBy = new Date(today.getTime() + dueInDays * DAY);
        items.push({ id: `${id}-i${itemIndex}`, carePlanId: id, kind, description, dueBy, status, doneAt: status === "DONE" ? new Date(dueBy.getTime() - 5 * DAY) : null });
      }
    }
  }
  return { plans, items };
}
