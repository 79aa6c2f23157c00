import type { DemoPerson } from "../../prisma/seed/people";

// The patients of the official FSE sample documents (most of them are Giuseppina's; the LDO PDF is Simone's): test identities
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
  {
    id: "sample-tst",
    fiscalCode: "TSTSMN63A01F205H",
    givenName: "Simone",
    familyName: "Test",
    birthDate: new Date("1963-01-01T00:00:00Z"),
    sex: "M",
    email: null,
    note: "Paziente della lettera di dimissione PDF di esempio del gateway",
    documentCount: 0,
    parentIds: [],
    roles: [],
    consents: [],
    firstAccessDone: true,
  },
];
