import type { DemoPerson } from "./people";

// A few notebook entries, so the named people's notebooks look used.

const DAY = 86_400_000;
const ENTRIES: Record<string, { title: string; note: string; labels: string; shared: boolean; daysAgo: number }[]> = {
  "demo-mario": [
    { title: "Pressione del mattino", note: "Settimana del 3 novembre: 135/85, 140/88, 132/84, 138/86. Misurata a riposo, braccio sinistro.", labels: "pressione", shared: true, daysAgo: 14 },
    { title: "Allergia al polline di betulla", note: "Rinite e congiuntivite ad aprile e maggio. Antistaminico al bisogno.", labels: "allergie", shared: true, daysAgo: 200 },
    { title: "Domande per la visita cardiologica", note: "Chiedere se continuare il ramipril la sera e se serve un holter.", labels: "cuore, promemoria", shared: false, daysAgo: 3 },
  ],
  "demo-giovanni": [
    { title: "Glicemia a digiuno", note: "Lun 128, mar 131, mer 119, gio 125, ven 122 mg/dL.", labels: "diabete, glicemia", shared: true, daysAgo: 6 },
  ],
};

export function planNotebook(people: DemoPerson[], today: Date) {
  return people.flatMap((person) =>
    (ENTRIES[person.id] ?? []).map((entry, index) => ({
      id: `${person.id}-nb${index}`,
      patientId: person.id,
      title: entry.title,
      note: entry.note,
      labels: entry.labels.split(",").map((label) => label.trim()).join(","),
      sharedWithProfessionals: entry.shared,
      createdAt: new Date(today.getTime() - entry.daysAgo * DAY),
      createdById: person.id,
    })),
  );
}
