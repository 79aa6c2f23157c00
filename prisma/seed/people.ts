import { computeFiscalCode } from "../../lib/people/fiscal-code";
import { integerBetween, pick, seededRandom } from "./random";

// The demo population: named families that the local SPID/CIE providers list on their login page, and
// a generated crowd. Deterministic, so the providers and the seed agree without sharing a database.

export type DemoPerson = {
  id: string;
  fiscalCode: string;
  givenName: string;
  familyName: string;
  birthDate: Date;
  sex: "M" | "F";
  email: string | null;
  /** Why a tester would pick this identity. */
  note: string | null;
  /** How many documents the seed gives this person; null means a few, chosen at random. */
  documentCount: number | null;
  parentIds: string[];
  roles: DemoRole[];
  consents: DemoConsent[];
  /** False for whoever has never logged in: they meet the first-access page. */
  firstAccessDone: boolean;
};

/** `professionalKind` and `enabledDaysAgo` (enabled to the FSE that many days ago) feed the regional monitoring. */
export type DemoRole = {
  role: "PROFESSIONAL" | "OPERATOR" | "ADMIN";
  title: string;
  facilityId?: string;
  deskPoint?: string;
  professionalKind?: "SPECIALIST" | "MMG" | "PLS";
  enabledDaysAgo?: number;
};
/** A consent choice; `byParentYearsAgo` marks one made by a parent that many years ago. */
export type DemoConsent = { kind: "CARE" | "EMERGENCY" | "HEIGHTENED_PROTECTION"; granted: boolean; daysAgo: number; byParent?: string };

type Named = Omit<DemoPerson, "id" | "fiscalCode" | "birthDate" | "parentIds" | "roles" | "consents" | "firstAccessDone"> & {
  firstAccessDone?: boolean;
  key: string;
  born: string;
  placeCode: string;
  parents?: string[];
  roles?: DemoRole[];
  consents?: DemoConsent[];
};

const CARE_AND_EMERGENCY: DemoConsent[] = [
  { kind: "CARE", granted: true, daysAgo: 400 },
  { kind: "EMERGENCY", granted: true, daysAgo: 400 },
];

const NAMED: Named[] = [
  { key: "mario", givenName: "Mario", familyName: "Rossi", born: "1980-01-01", sex: "M", placeCode: "H501", email: "mario.rossi@example.it", note: "Adulto, genitore di Sofia e Luca", documentCount: 40, consents: CARE_AND_EMERGENCY },
  { key: "lucia", givenName: "Lucia", familyName: "Verdi", born: "1985-12-10", sex: "F", placeCode: "F205", email: "lucia.verdi@example.it", note: "Adulta, genitrice di Sofia e Luca", documentCount: 30 },
  { key: "sofia", givenName: "Sofia", familyName: "Rossi", born: "2015-06-12", sex: "F", placeCode: "H501", email: null, note: "Minore (11 anni)", documentCount: 14, parents: ["mario", "lucia"] },
  { key: "luca", givenName: "Luca", familyName: "Rossi", born: "2020-03-03", sex: "M", placeCode: "H501", email: null, note: "Minore (6 anni)", documentCount: 12, parents: ["mario", "lucia"] },
  { key: "giovanni", givenName: "Giovanni", familyName: "Romano", born: "1952-04-18", sex: "M", placeCode: "A944", email: "giovanni.romano@example.it", note: "Paziente cronico con centinaia di documenti", documentCount: 420, consents: [...CARE_AND_EMERGENCY, { kind: "HEIGHTENED_PROTECTION", granted: true, daysAgo: 300 }] },
  { key: "anna", givenName: "Anna", familyName: "Esposito", born: "1938-09-27", sex: "F", placeCode: "F839", email: null, note: "Anziana (88 anni)", documentCount: 60 },
  { key: "carlo", givenName: "Carlo", familyName: "Ferrari", born: "1941-02-14", sex: "M", placeCode: "L219", email: "carlo.ferrari@example.it", note: "Anziano (85 anni)", documentCount: 45, consents: [{ kind: "EMERGENCY", granted: true, daysAgo: 200 }] },
  { key: "giuseppe", givenName: "Giuseppe", familyName: "Bianchi", born: "1975-03-15", sex: "M", placeCode: "Z404", email: null, note: "Nato all'estero", documentCount: 18 },
  { key: "marco", givenName: "Marco", familyName: "Colombo", born: "2008-10-05", sex: "M", placeCode: "F205", email: "marco.colombo@example.it", note: "Maggiorenne da poco: rivede i consensi dei genitori", documentCount: 16, parents: ["roberta"], consents: [{ kind: "CARE", granted: true, daysAgo: 900, byParent: "roberta" }] },
  { key: "roberta", givenName: "Roberta", familyName: "Colombo", born: "1976-04-09", sex: "F", placeCode: "F205", email: null, note: "Adulta, genitrice di Marco", documentCount: 8, consents: CARE_AND_EMERGENCY },
  { key: "giulia", givenName: "Giulia", familyName: "Ricci", born: "2010-07-21", sex: "F", placeCode: "D612", email: null, note: "Minore (16 anni)", documentCount: 10, parents: ["elena"] },
  { key: "elena", givenName: "Elena", familyName: "Ricci", born: "1978-11-02", sex: "F", placeCode: "D612", email: "elena.ricci@example.it", note: "Adulta, genitrice di Giulia", documentCount: 24 },
  { key: "davide", givenName: "Davide", familyName: "Ricci", born: "1977-02-08", sex: "M", placeCode: "D612", email: "davide.ricci@example.it", note: "Padre di Giulia, non ancora registrato come genitore: può chiederlo online", documentCount: 6 },
  { key: "teresa", givenName: "Teresa", familyName: "Fontana", born: "1962-08-19", sex: "F", placeCode: "L736", email: null, note: "Primo accesso: informativa, contatti e scelte", documentCount: 5, firstAccessDone: false },
  { key: "paolo", givenName: "Paolo", familyName: "Greco", born: "1990-05-30", sex: "M", placeCode: "G273", email: null, note: "Adulto senza documenti", documentCount: 0 },
  { key: "chiara", givenName: "Chiara", familyName: "Lombardo", born: "1970-01-01", sex: "F", placeCode: "H501", email: "chiara.lombardo@example.it", note: "Medica di medicina generale (area professionisti)", documentCount: 3, roles: [{ role: "PROFESSIONAL", title: "Medico di medicina generale", facilityId: "fac-poli-canova", professionalKind: "MMG", enabledDaysAgo: 700 }] },
  { key: "roberto", givenName: "Roberto", familyName: "Bruno", born: "1968-05-20", sex: "M", placeCode: "A944", email: null, note: "Medico di pronto soccorso (area professionisti)", documentCount: 3, roles: [{ role: "PROFESSIONAL", title: "Medico di pronto soccorso", facilityId: "fac-ps-centrale", professionalKind: "SPECIALIST", enabledDaysAgo: 500 }] },
  { key: "stefano", givenName: "Stefano", familyName: "Neri", born: "1982-09-14", sex: "M", placeCode: "H501", email: null, note: "Operatore di sportello (Punto Assistiti Salute)", documentCount: 3, roles: [{ role: "OPERATOR", title: "Operatore del Punto Assistiti Salute", deskPoint: "PAS Distretto 1 - Via Canova" }] },
  { key: "amira", givenName: "Amira", familyName: "Haddad", born: "1988-03-22", sex: "F", placeCode: "Z330", email: "amira.haddad@example.it", note: "Nata all'estero: può usare il portale in inglese", documentCount: 9 },
  { key: "ilaria", givenName: "Ilaria", familyName: "Marino", born: "1979-06-11", sex: "F", placeCode: "H501", email: null, note: "Amministratrice regionale (monitoraggio, solo dati complessivi)", documentCount: 2, roles: [{ role: "ADMIN", title: "Amministratrice regionale" }] },
];

const GIVEN_M = ["Alessandro", "Andrea", "Francesco", "Lorenzo", "Matteo", "Stefano", "Antonio", "Roberto", "Davide", "Simone", "Riccardo", "Fabio", "Salvatore", "Vincenzo", "Enrico"];
const GIVEN_F = ["Giulia", "Chiara", "Francesca", "Sara", "Valentina", "Alessia", "Martina", "Federica", "Silvia", "Laura", "Paola", "Teresa", "Rosa", "Maria", "Caterina"];
const FAMILY = ["Russo", "Gallo", "Conti", "De Luca", "Mancini", "Costa", "Giordano", "Rizzo", "Lombardi", "Moretti", "Barbieri", "Fontana", "Santoro", "Mariani", "Rinaldi", "Caruso", "Ferrara", "Galli", "Martini", "Leone", "Longo", "Gentile", "Martinelli", "Vitale", "Serra", "Coppola", "De Santis", "D'Angelo", "Marchetti", "Parisi"];
const PLACES = ["H501", "F205", "F839", "L219", "A944", "D612", "G273", "L736", "A662", "C351"];

export const GENERATED_PEOPLE = 48;

function utcDate(iso: string): Date {
  return new Date(`${iso}T00:00:00.000Z`);
}

export function demoPeople(): DemoPerson[] {
  const byKey = new Map<string, DemoPerson>();
  for (const named of NAMED) {
    const birthDate = utcDate(named.born);
    const fiscalCode = computeFiscalCode({ ...named, birthDate, birthPlaceCode: named.placeCode });
    byKey.set(named.key, {
      id: `demo-${named.key}`,
      fiscalCode,
      givenName: named.givenName,
      familyName: named.familyName,
      birthDate,
      sex: named.sex,
      email: named.email,
      note: named.note,
      documentCount: named.documentCount,
      parentIds: (named.parents ?? []).map((key) => `demo-${key}`),
      roles: named.roles ?? [],
      consents: (named.consents ?? []).map((consent) => (consent.byParent ? { ...consent, byParent: `demo-${consent.byParent}` } : consent)),
      firstAccessDone: named.firstAccessDone ?? true,
    });
  }
  const people = [...byKey.values()];
  const random = seededRandom(20261123);
  const taken = new Set(people.map((person) => person.fiscalCode));
  for (let i = 0; people.length < NAMED.length + GENERATED_PEOPLE; i++) {
    const sex = random() < 0.5 ? "M" : "F";
    const givenName = pick(random, sex === "M" ? GIVEN_M : GIVEN_F);
    const familyName = pick(random, FAMILY);
    // Mostly adults, a share of elderly people and some minors, as in a real population.
    const age = random() < 0.15 ? integerBetween(random, 0, 17) : random() < 0.3 ? integerBetween(random, 70, 95) : integerBetween(random, 18, 69);
    const birthDate = new Date(Date.UTC(2026 - age, integerBetween(random, 0, 11), integerBetween(random, 1, 28)));
    const fiscalCode = computeFiscalCode({ familyName, givenName, birthDate, sex, birthPlaceCode: pick(random, PLACES) });
    if (taken.has(fiscalCode)) continue;
    taken.add(fiscalCode);
    people.push({
      id: `demo-g${String(i).padStart(3, "0")}`,
      fiscalCode,
      givenName,
      familyName,
      birthDate,
      sex,
      email: null,
      note: null,
      documentCount: null,
      parentIds: [],
      roles: [],
      // Most people have given consent to consultation for care, as in the regions' figures.
      consents: random() < 0.7 ? [{ kind: "CARE", granted: true, daysAgo: integerBetween(random, 30, 900) }] : [],
      firstAccessDone: true,
    });
  }
  return people;
}
