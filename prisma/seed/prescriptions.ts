import type { DemoPerson } from "./people";
import { integerBetween, pick, seededRandom } from "./random";

// Demo e-prescriptions: medicines from the GP for everyone who has documents, more for chronic and elderly
// people, and specialist prescriptions with their priority — some to use, some used, some expired.

const MEDICINES = [
  { description: "Ramipril 5 mg compresse, 28 compresse", aic: "027617024", atc: "C09AA05" },
  { description: "Metformina 850 mg compresse rivestite, 60 compresse", aic: "023937019", atc: "A10BA02" },
  { description: "Atorvastatina 20 mg compresse rivestite, 30 compresse", aic: "037370010", atc: "C10AA05" },
  { description: "Amoxicillina/acido clavulanico 875/125 mg, 12 compresse", aic: "026089029", atc: "J01CR02" },
  { description: "Pantoprazolo 20 mg compresse gastroresistenti, 28 compresse", aic: "034012025", atc: "A02BC02" },
  { description: "Bisoprololo 2,5 mg compresse, 28 compresse", aic: "029215015", atc: "C07AB07" },
  { description: "Levotiroxina 50 microgrammi compresse, 50 compresse", aic: "024402026", atc: "H03AA01" },
  { description: "Acido acetilsalicilico 100 mg compresse gastroresistenti, 30 compresse", aic: "031349018", atc: "B01AC06" },
];

export const SPECIALIST_SERVICES = [
  { description: "Prima visita cardiologica", code: "89.7A.3" },
  { description: "Elettrocardiogramma", code: "89.52" },
  { description: "Ecografia dell'addome completo", code: "88.76.1" },
  { description: "Prima visita oculistica", code: "95.02" },
  { description: "Prelievo di sangue venoso", code: "91.49.2" },
  { description: "Prima visita dermatologica", code: "89.7A.7" },
];

const DOCTORS = [
  { name: "Dott.ssa Chiara Lombardo", role: "Medico di medicina generale" },
  { name: "Dott. Paolo Sartori", role: "Medico di medicina generale" },
  { name: "Dott.ssa Marta Villa", role: "Pediatra di libera scelta" },
];

export type PlannedPrescription = {
  id: string;
  patientId: string;
  nre: string;
  kind: "PHARMACEUTICAL" | "SPECIALIST";
  prescriberName: string;
  prescriberRole: string;
  issuedAt: Date;
  expiresAt: Date;
  fulfilledAt: Date | null;
  priority: string | null;
  exemptionCode: string | null;
  diagnosis: string | null;
  items: { position: number; description: string; aicCode: string | null; atcCode: string | null; serviceCode: string | null; quantity: number }[];
};

const DAY = 86_400_000;

/** NRE: region code, the letter A and eleven digits (15 characters), unique across the demo. */
function nre(personIndex: number, sequence: number): string {
  return `080A${String(personIndex).padStart(5, "0")}${String(sequence).padStart(6, "0")}`;
}

export function planPrescriptions(person: DemoPerson, personIndex: number, today: Date): PlannedPrescription[] {
  const random = seededRandom(personIndex * 7919 + 17);
  const minor = today.getUTCFullYear() - person.birthDate.getUTCFullYear() < 14;
  const doctor = minor ? DOCTORS[2]! : pick(random, DOCTORS.slice(0, 2));
  const count = person.documentCount === 0 ? 0 : person.documentCount && person.documentCount > 100 ? 30 : integerBetween(random, 4, 10);
  const exemption = person.documentCount && person.documentCount > 100 ? "013" : null;
  const plans: PlannedPrescription[] = [];
  for (let sequence = 0; sequence < count; sequence++) {
    // The first two are recent and still to use, so every demo record shows something actionable.
    const daysAgo = sequence < 2 ? integerBetween(random, 1, 6) : integerBetween(random, 10, 720);
    const issuedAt = new Date(today.getTime() - daysAgo * DAY - integerBetween(random, 8, 17) * 3_600_000);
    const specialist = sequence === 1 || (sequence > 1 && random() < 0.35);
    const validDays = specialist ? 180 : 30;
    const expiresAt = new Date(issuedAt.getTime() + validDays * DAY);
    const used = sequence >= 2 && random() < 0.75;
    const fulfilledAt = used ? new Date(issuedAt.getTime() + integerBetween(random, 1, Math.min(validDays - 1, 20)) * DAY) : null;
    const base = { id: `${person.id}-rx${sequence}`, patientId: person.id, nre: nre(personIndex, sequence), prescriberName: doctor.name, prescriberRole: doctor.role, issuedAt, expiresAt, fulfilledAt };
    if (specialist) {
      const service = pick(random, SPECIALIST_SERVICES);
      plans.push({
        ...base,
        kind: "SPECIALIST",
        priority: pick(random, ["B", "D", "D", "P", "P"]),
        exemptionCode: exemption,
        diagnosis: pick(random, ["Controllo periodico", "Dolore toracico atipico", "Follow-up ipertensione arteriosa", "Calo del visus"]),
        items: [{ position: 1, description: service.description, aicCode: null, atcCode: null, serviceCode: service.code, quantity: 1 }],
      });
    } else {
      const first = pick(random, MEDICINES);
      const second = random() < 0.4 ? pick(random, MEDICINES.filter((medicine) => medicine !== first)) : null;
      plans.push({
        ...base,
        kind: "PHARMACEUTICAL",
        priority: null,
        exemptionCode: exemption,
        diagnosis: null,
        items: [first, second]
          .filter((medicine) => medicine !== null)
          .map((medicine, index) => ({ position: index + 1, description: medicine.description, aicCode: medicine.aic, atcCode: medicine.atc, serviceCode: null, quantity: integerBetween(random, 1, 2) })),
      });
    }
  }
  return plans;
}
