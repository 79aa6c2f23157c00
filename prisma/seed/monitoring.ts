import { computeFiscalCode } from "../../lib/people/fiscal-code";
import { ageOn } from "../../lib/access/policy";
import { planDocuments } from "./documents";
import type { DemoPerson } from "./people";
import { integerBetween, pick, seededRandom } from "./random";

// What the regional monitoring counts, for the demo region: the professionals of its facilities and its
// GPs and paediatricians (kind, facility, when enabled to the FSE), and a year of use — citizens opening
// their own record, GPs consulting their patients'. Only the generated crowd gets this history: the named
// demo people's access logs stay as their tests expect. Deterministic, like the rest of the seed.

const DAY = 86_400_000;
const HOSPITALS = ["fac-osp-centrale", "fac-osp-nord", "fac-ps-centrale", "fac-poli-canova", "fac-rad-imaging"];
const GIVEN = ["Marco", "Elisa", "Giorgio", "Anna", "Luigi", "Carla", "Pietro", "Sonia", "Franco", "Irene", "Bruno", "Nadia", "Sergio", "Livia", "Aldo"];
const FAMILY = ["Sartori", "Villa", "Bassi", "Ferri", "Guidi", "Pace", "Riva", "Sala", "Testa", "Orlando", "Negri", "Monti", "Farina", "Bellini", "Donati"];

/** The prescribers the demo prescriptions name, as registered professionals. */
export const DEMO_PRESCRIBERS: Record<string, string> = {
  "Dott.ssa Chiara Lombardo": "demo-chiara",
  "Dott. Paolo Sartori": "demo-pro-mmg0",
  "Dott.ssa Marta Villa": "demo-pro-pls0",
};

export type DemoProfessional = {
  person: { id: string; fiscalCode: string; givenName: string; familyName: string; birthDate: Date; sex: "M" | "F" };
  role: { id: string; personId: string; role: "PROFESSIONAL"; title: string; facilityId: string | null; professionalKind: string; enabledFrom: Date | null };
};

const TITLES = { SPECIALIST: "Dirigente medico", MMG: "Medico di medicina generale", PLS: "Pediatra di libera scelta" } as const;

/** 16 specialists (12 enabled), 10 GPs and 4 paediatricians (12 enabled): enough to show, not all enabled. */
export function planProfessionals(people: DemoPerson[], today: Date): DemoProfessional[] {
  const random = seededRandom(13_2026);
  const taken = new Set(people.map((person) => person.fiscalCode));
  const plan: { kind: keyof typeof TITLES; count: number; enabled: number; names?: [string, string, "M" | "F"][] }[] = [
    { kind: "SPECIALIST", count: 16, enabled: 12 },
    { kind: "MMG", count: 10, enabled: 9, names: [["Paolo", "Sartori", "M"]] },
    { kind: "PLS", count: 4, enabled: 3, names: [["Marta", "Villa", "F"]] },
  ];
  const professionals: DemoProfessional[] = [];
  for (const { kind, count, enabled, names = [] } of plan) {
    for (let k = 0; k < count; k++) {
      const [givenName, familyName, sex] = names[k] ?? [pick(random, GIVEN), pick(random, FAMILY), random() < 0.5 ? ("M" as const) : ("F" as const)];
      const birthDate = new Date(Date.UTC(integerBetween(random, 1960, 1990), integerBetween(random, 0, 11), integerBetween(random, 1, 28)));
      let fiscalCode = computeFiscalCode({ familyName, givenName, birthDate, sex, birthPlaceCode: "H501" });
      for (let place = 100; taken.has(fiscalCode); place++) fiscalCode = computeFiscalCode({ familyName, givenName, birthDate, sex, birthPlaceCode: `L${place}` });
      taken.add(fiscalCode);
      const id = `demo-pro-${kind.toLowerCase()}${k}`;
      professionals.push({
        person: { id, fiscalCode, givenName, familyName, birthDate, sex },
        role: {
          id: `${id}-role`,
          personId: id,
          role: "PROFESSIONAL",
          title: TITLES[kind],
          facilityId: kind === "SPECIALIST" ? HOSPITALS[k % HOSPITALS.length]! : null,
          professionalKind: kind,
          // Enabled over the last two years, so the trend moves; the last few not yet.
          enabledFrom: k < enabled ? new Date(today.getTime() - integerBetween(random, 20, 720) * DAY) : null,
        },
      });
    }
  }
  return professionals;
}

export type DemoAccess = {
  at: Date; actorId: string; actorRole: string; basis: string; subjectId: string; action: string; resourceType: string; outcome: string; reason: string; purpose: string;
};

/** The generated crowd's use: adults opening their record after a new document, GPs consulting their patients. */
export function planUse(people: DemoPerson[], professionals: DemoProfessional[], today: Date): DemoAccess[] {
  const random = seededRandom(90_2026);
  const crowd = people.filter((person) => person.id.startsWith("demo-g"));
  const rows: DemoAccess[] = [];
  const daysAgo = (days: number) => new Date(today.getTime() - days * DAY - integerBetween(random, 0, 86_399) * 1000);
  for (const person of crowd) {
    // Many people open the record when a new report arrives, some days later; a few never do.
    if (ageOn(person.birthDate, today) < 18 || random() < 0.15) continue;
    const eagerness = 0.6 + random() * 0.4;
    for (const document of planDocuments(person, today)) {
      const opened = new Date(document.cda.date.getTime() + integerBetween(random, 3, 10 * 24) * 3_600_000);
      if (document.status !== "CURRENT" || document.flags.hiddenFromPatient || opened > today || random() > eagerness) continue;
      rows.push({ at: opened, actorId: person.id, actorRole: "CITIZEN", basis: "SELF", subjectId: person.id, action: "document.list", resourceType: "RECORD", outcome: "ALLOW", reason: "ALLOWED", purpose: "CONSULTAZIONE" });
    }
  }
  const consenting = crowd.filter((person) => person.consents.some((consent) => consent.kind === "CARE" && consent.granted));
  const gps = professionals.filter((professional) => professional.role.professionalKind !== "SPECIALIST" && professional.role.enabledFrom);
  for (const gp of gps) {
    const since = Math.floor((today.getTime() - gp.role.enabledFrom!.getTime()) / DAY);
    // Most GPs consult every few weeks; one in four rarely, so the activity indicator is not always 100%.
    const every = random() < 0.25 ? 120 : 20;
    for (let day = integerBetween(random, 0, every); day < Math.min(since, 365); day += integerBetween(random, every / 2, every * 1.5)) {
      rows.push({ at: daysAgo(day), actorId: gp.person.id, actorRole: "PROFESSIONAL", basis: "CONSENT", subjectId: pick(random, consenting).id, action: "document.list", resourceType: "RECORD", outcome: "ALLOW", reason: "ALLOWED", purpose: "CURA" });
    }
  }
  return rows.sort((a, b) => a.at.getTime() - b.at.getTime());
}
