import { exemptionPeriod } from "../../lib/exemptions/rules";
import type { DemoPerson } from "./people";
import { pick, seededRandom } from "./random";

// Demo exemptions: the chronic patient's pathologies, an elderly person's invalidity and income exemption
// from the Ministry's lists, and pathology exemptions for a share of the crowd.

const PATHOLOGIES = [
  { code: "013", description: "Diabete mellito" },
  { code: "031", description: "Ipertensione arteriosa con danno d'organo" },
  { code: "035", description: "Ipotiroidismo congenito, ipotiroidismo acquisito (grave)" },
  { code: "007", description: "Asma" },
];

const NAMED: Record<string, { code: string; kind: string; description: string; since: string; until?: string; issuedBy: string }[]> = {
  "demo-giovanni": [
    { code: "013", kind: "PATHOLOGY", description: "Diabete mellito", since: "2019-03-12", issuedBy: "ASL - Distretto 1" },
    { code: "031", kind: "PATHOLOGY", description: "Ipertensione arteriosa con danno d'organo", since: "2021-09-30", issuedBy: "ASL - Distretto 1" },
  ],
  "demo-anna": [{ code: "C01", kind: "INVALIDITY", description: "Invalidi civili al 100% di invalidità", since: "2015-05-04", issuedBy: "ASL - Commissione invalidi" }],
  "demo-mario": [{ code: "007", kind: "PATHOLOGY", description: "Asma", since: "2020-02-10", until: "2025-02-09", issuedBy: "ASL - Distretto 1" }],
};

export function planExemptions(people: DemoPerson[], today: Date) {
  const random = seededRandom(404);
  const period = exemptionPeriod(today);
  return people.flatMap((person) => {
    const named = (NAMED[person.id] ?? []).map((exemption, index) => ({
      id: `${person.id}-ex${index}`,
      patientId: person.id,
      code: exemption.code,
      kind: exemption.kind,
      description: exemption.description,
      validFrom: new Date(`${exemption.since}T00:00:00.000Z`),
      validUntil: exemption.until ? new Date(`${exemption.until}T00:00:00.000Z`) : null,
      issuedBy: exemption.issuedBy,
    }));
    // People of 65 and over on the Ministry's lists get E01 for the current period, as happens automatically.
    const elderly = today.getUTCFullYear() - person.birthDate.getUTCFullYear() >= 66 && person.id !== "demo-giovanni";
    const income = elderly
      ? [{ id: `${person.id}-exE01`, patientId: person.id, code: "E01", kind: "INCOME", description: "Soggetti di almeno 65 anni con reddito familiare fino a € 36.151,98", validFrom: period.start, validUntil: period.end, issuedBy: "Sistema TS - elenchi MEF" }]
      : [];
    const crowd =
      person.note === null && random() < 0.15
        ? [(() => {
            const pathology = pick(random, PATHOLOGIES);
            return { id: `${person.id}-exP`, patientId: person.id, code: pathology.code, kind: "PATHOLOGY", description: pathology.description, validFrom: new Date(today.getTime() - 400 * 86_400_000), validUntil: null, issuedBy: "ASL - Distretto 2" };
          })()]
        : [];
    return [...named, ...income, ...crowd];
  });
}
