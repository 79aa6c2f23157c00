import { DOCUMENT_TYPES } from "../../lib/documents/document-types";
import { ageOn } from "../../lib/access/policy";
import { DISCHARGES, EMERGENCIES, FACILITIES, LAB_TESTS, RADIOLOGY, SPECIALIST_VISITS, VACCINES, type LabTest } from "./catalog";
import type { CdaInput, LabValue } from "./cda-builder";
import type { DemoPerson } from "./people";
import { integerBetween, pick, seededRandom } from "./random";
import { nextDose, type VaccinationHistory } from "./vaccinations";

// Plans each demo person's documents: what kind, when, where, with which content and visibility flags.

export type PlannedDocument = {
  cda: CdaInput;
  facilityId: string;
  flags: { obscuredAtSource: boolean; hiddenFromParents: boolean; hiddenFromPatient: boolean; heightenedProtection: boolean };
  status: "CURRENT" | "REPLACED";
};

const TEMPLATES: Record<string, string> = {
  "11502-2": "2.16.840.1.113883.2.9.10.1.1",
  "68604-8": "2.16.840.1.113883.2.9.10.1.7.1",
  "11488-4": "2.16.840.1.113883.2.9.10.1.9.1",
  "34105-7": "2.16.840.1.113883.2.9.10.1.5",
  "59258-4": "2.16.840.1.113883.2.9.10.1.6.1",
  "60591-5": "2.16.840.1.113883.2.9.10.1.4.1.1",
  "87273-9": "2.16.840.1.113883.2.9.10.1.11.1.1",
};

const DOCTORS = [
  { givenName: "Chiara", familyName: "Lombardo", fiscalCode: "LMBCHR70A41H501S" },
  { givenName: "Paolo", familyName: "Marino", fiscalCode: "MRNPLA65C12F205X" },
  { givenName: "Francesca", familyName: "Greco", fiscalCode: "GRCFNC72D55L219P" },
  { givenName: "Roberto", familyName: "Bruno", fiscalCode: "BRNRRT68E20A944K" },
];

const facility = (id: string) => FACILITIES.find((candidate) => candidate.id === id)!;

function labValue(random: () => number, test: LabTest, drift = 0): LabValue {
  const value = test.typical + drift + (random() - 0.5) * test.spread;
  return { test, value: Math.max(0, Number(value.toFixed(test.decimals))) };
}

type Draft = Omit<CdaInput, "id" | "setId" | "version" | "confidentiality" | "patient" | "author" | "templateId" | "typeName"> & { facilityId: string };

function draftFor(kind: string, random: () => number, person: DemoPerson, date: Date, index: number, total: number, vaccinations: VaccinationHistory = new Map()): Draft {
  const minor = ageOn(person.birthDate, date) < 18;
  switch (kind) {
    case "lab": {
      const chronic = person.documentCount !== null && person.documentCount > 200;
      // The chronic patient's glucose and HbA1c climb over the years, then improve with therapy.
      const drift = chronic ? Math.sin((index / Math.max(total, 1)) * Math.PI) * 1 : 0;
      const tests = chronic
        ? [LAB_TESTS[3]!, LAB_TESTS[4]!, LAB_TESTS[5]!, LAB_TESTS[8]!]
        : LAB_TESTS.filter(() => random() < 0.45).slice(0, 6);
      const values = (tests.length > 0 ? tests : [LAB_TESTS[0]!]).map((test) =>
        labValue(random, test, test.loinc === "2345-7" ? drift * 40 : test.loinc === "4548-4" ? drift * 1.6 : 0),
      );
      return {
        typeCode: "11502-2",
        title: "Referto di laboratorio",
        date,
        facilityId: "fac-lab-asl",
        facility: facility("fac-lab-asl"),
        labValues: values,
        sections: [
          {
            code: "18719-5",
            title: "Esami ematochimici",
            paragraphs: ["Prelievo venoso eseguito a digiuno."],
            table: {
              head: ["Esame", "Risultato", "Unità", "Valori di riferimento"],
              rows: values.map(({ test, value }) => [test.name, value.toFixed(test.decimals), test.unit, `${test.low} - ${test.high}`]),
            },
          },
        ],
      };
    }
    case "rad": {
      const exam = pick(random, RADIOLOGY);
      return {
        typeCode: "68604-8",
        title: exam.title,
        date,
        facilityId: "fac-rad-imaging",
        facility: facility("fac-rad-imaging"),
        sections: [
          { code: "55111-9", title: "Quesito diagnostico", paragraphs: ["Controllo clinico su richiesta del medico curante."] },
          { code: "18782-3", title: "Referto", paragraphs: [exam.finding] },
          { code: "55110-1", title: "Conclusioni", paragraphs: ["Quadro nei limiti per l'età."] },
        ],
      };
    }
    case "visit": {
      const visit = minor ? SPECIALIST_VISITS[4]! : pick(random, SPECIALIST_VISITS.slice(0, 4));
      return {
        typeCode: "11488-4",
        title: visit.title,
        date,
        facilityId: "fac-poli-canova",
        facility: facility("fac-poli-canova"),
        sections: [
          { code: "29299-5", title: "Motivo della visita", paragraphs: ["Visita di controllo."] },
          { code: "62387-6", title: "Esame obiettivo e conclusioni", paragraphs: [visit.text] },
        ],
      };
    }
    case "discharge": {
      const stay = pick(random, DISCHARGES);
      return {
        typeCode: "34105-7",
        title: stay.title,
        date,
        facilityId: "fac-osp-centrale",
        facility: facility("fac-osp-centrale"),
        sections: [
          { code: "46241-6", title: "Motivo del ricovero", paragraphs: [stay.diagnosis] },
          { code: "8648-8", title: "Decorso ospedaliero", paragraphs: [stay.course] },
          { code: "11535-2", title: "Diagnosi di dimissione", paragraphs: [stay.diagnosis] },
          { code: "18776-5", title: "Indicazioni alla dimissione", paragraphs: ["Controllo dal medico curante entro 7 giorni."] },
        ],
      };
    }
    case "er": {
      const visit = pick(random, EMERGENCIES);
      return {
        typeCode: "59258-4",
        title: visit.title,
        date,
        facilityId: "fac-ps-centrale",
        facility: facility("fac-ps-centrale"),
        sections: [
          { code: "54094-8", title: "Triage", paragraphs: [`Codice di priorità: ${visit.triage}`] },
          { code: "10164-2", title: "Motivo dell'accesso", paragraphs: [visit.reason] },
          { code: "11302-7", title: "Esito", paragraphs: [visit.outcome] },
        ],
      };
    }
    case "vacc": {
      const preferred = minor ? pick(random, VACCINES.slice(2)) : pick(random, VACCINES.slice(0, 2));
      const lot = `L${integerBetween(random, 10000, 99999)}`;
      const planned = nextDose(vaccinations, preferred, person.birthDate, date);
      // No vaccine fits this day (a newborn): the day becomes a visit, as a paediatrician's check-up.
      if (!planned) return draftFor("visit", random, person, date, index, total);
      const { vaccine, dose } = planned;
      return {
        vaccination: { name: vaccine.name, aic: vaccine.aic, atc: vaccine.atc, lot, dose },
        typeCode: "87273-9",
        title: `Vaccinazione: ${vaccine.name}`,
        date,
        facilityId: "fac-vacc",
        facility: facility("fac-vacc"),
        sections: [
          {
            code: "11369-6",
            title: "Vaccinazione",
            paragraphs: [`Somministrato ${vaccine.name}.`],
            table: {
              head: ["Vaccino", "Codice ATC", "Dose", "Lotto"],
              rows: [[vaccine.name, vaccine.atc, String(dose), lot]],
            },
          },
        ],
      };
    }
    default: {
      return {
        typeCode: "60591-5",
        title: "Profilo sanitario sintetico",
        date,
        facilityId: "fac-poli-canova",
        facility: facility("fac-poli-canova"),
        sections: [
          { code: "48765-2", title: "Allergie e intolleranze", paragraphs: [random() < 0.3 ? "Allergia alla penicillina (orticaria)." : "Nessuna allergia nota."] },
          { code: "11450-4", title: "Lista dei problemi", paragraphs: [person.documentCount && person.documentCount > 200 ? "Diabete mellito tipo 2. Ipertensione arteriosa." : "Nessun problema clinico rilevante."] },
          { code: "10160-0", title: "Terapia farmacologica in atto", paragraphs: [person.documentCount && person.documentCount > 200 ? "Metformina 1000 mg due volte al giorno. Ramipril 5 mg al mattino." : "Nessuna terapia continuativa."] },
        ],
      };
    }
  }
}

function kindFor(random: () => number, minor: boolean, chronic: boolean): string {
  const roll = random();
  if (chronic) return roll < 0.7 ? "lab" : roll < 0.85 ? "visit" : roll < 0.92 ? "rad" : roll < 0.96 ? "er" : "discharge";
  if (minor) return roll < 0.45 ? "vacc" : roll < 0.75 ? "visit" : roll < 0.9 ? "lab" : "er";
  return roll < 0.38 ? "lab" : roll < 0.55 ? "rad" : roll < 0.75 ? "visit" : roll < 0.85 ? "vacc" : roll < 0.94 ? "er" : "discharge";
}

export function planDocuments(person: DemoPerson, today: Date): PlannedDocument[] {
  const random = seededRandom([...person.fiscalCode].reduce((hash, char) => hash * 31 + char.charCodeAt(0), 7) >>> 0);
  const count = person.documentCount ?? integerBetween(random, 2, 14);
  if (count === 0) return [];
  const chronic = count > 200;
  const spanDays = Math.max(30, Math.min(ageOn(person.birthDate, today) * 365, 12 * 365));
  const dates = Array.from({ length: count - 1 }, () => new Date(today.getTime() - integerBetween(random, 2, spanDays) * 86_400_000 - integerBetween(random, 0, 10) * 3_600_000))
    .sort((a, b) => a.getTime() - b.getTime());
  const documents: PlannedDocument[] = [];
  const named = person.note !== null;
  const doctor = pick(random, DOCTORS);
  const push = (draft: Draft, flags: Partial<PlannedDocument["flags"]> = {}, version = 1, setId?: string, status: PlannedDocument["status"] = "CURRENT") => {
    const id = `${person.id}-d${String(documents.length).padStart(4, "0")}`;
    const type = DOCUMENT_TYPES[draft.typeCode]!;
    documents.push({
      cda: {
        ...draft,
        id,
        setId: setId ?? `${id}-set`,
        version,
        confidentiality: flags.heightenedProtection ? "V" : "N",
        patient: person,
        author: doctor,
        templateId: TEMPLATES[draft.typeCode]!,
        typeName: type.label,
      },
      facilityId: draft.facilityId,
      flags: { obscuredAtSource: false, hiddenFromParents: false, hiddenFromPatient: false, heightenedProtection: false, ...flags },
      status,
    });
  };
  const vaccinations: VaccinationHistory = new Map();
  dates.forEach((date, index) => {
    const minor = ageOn(person.birthDate, date) < 18;
    push(draftFor(kindFor(random, minor, chronic), random, person, date, index, dates.length, vaccinations));
  });
  // The latest Patient Summary, written by the family doctor.
  push(draftFor("pss", random, person, new Date(today.getTime() - 5 * 86_400_000), 0, 1));
  if (named && count >= 10) {
    // Visibility cases every tester can find: a corrected report (two versions), a report obscured at
    // source, one not yet released to the patient (P98), and one for which the law requires extra protection.
    const base = draftFor("lab", random, person, new Date(today.getTime() - 40 * 86_400_000), 0, 1);
    const setId = `${person.id}-corrected`;
    push({ ...base, title: "Referto di laboratorio" }, {}, 1, setId, "REPLACED");
    push({ ...base, title: "Referto di laboratorio (rettificato)", date: new Date(base.date.getTime() + 86_400_000) }, {}, 2, setId);
    push(draftFor("visit", random, person, new Date(today.getTime() - 90 * 86_400_000), 0, 1), { obscuredAtSource: true });
    push(draftFor("rad", random, person, new Date(today.getTime() - 1 * 86_400_000), 0, 1), { hiddenFromPatient: true });
    if (ageOn(person.birthDate, today) >= 14) {
      push({ ...draftFor("visit", random, person, new Date(today.getTime() - 200 * 86_400_000), 0, 1), title: "Visita presso il consultorio" }, { hiddenFromParents: true, heightenedProtection: true });
    }
  }
  return documents;
}
