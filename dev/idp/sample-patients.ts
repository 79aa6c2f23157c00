import type { DemoPerson } from "../../prisma/seed/people";

// The patient of the official FSE sample documents (LAB, LDO, RAD, RSA, VPS, SING_VACC): a test identity
// at the local providers, so that a document a lab publishes for them can be looked at as they see it.
// Not in the seed: their record exists only once a facility publishes something for them.
export const SAMPLE_PATIENTS: DemoPerson[] = [
  {
    id: "sample-gtw",
    fiscalCode: "GTWGWY82B42G920M",
    givenName: "Giuseppina",
    familyName: "Gateway",
    birthDate: new Date("1982-02-02T00:00:00Z"),
    sex: "F",
    email: null,
    note: "Paziente dei documenti di esempio del gateway (pubblicati con l'API)",
    documentCount: 0,
    parentIds: [],
    roles: [],
    consents: [],
    firstAccessDone: true,
  },
];
