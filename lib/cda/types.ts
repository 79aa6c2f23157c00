export type CdaPerson = { name: string; fiscalCode: string | null };

export type LabResult = {
  code: string | null; // LOINC
  name: string;
  value: string;
  numericValue: number | null;
  unit: string | null;
  low: number | null;
  high: number | null;
  interpretation: string | null; // N, H, L, A…
  outOfRange: boolean;
  effectiveTime: string | null;
};

/** One administration from a vaccination document (single vaccination or certificate). */
export type VaccinationEntry = {
  date: string | null;
  name: string;
  aicCode: string | null;
  atcCode: string | null;
  lot: string | null;
  doseNumber: number | null;
};

export type CdaSection = { title: string; code: string | null; html: string; subsections: CdaSection[] };

export type CdaDocument = {
  id: string | null;
  typeCode: string | null;
  typeDisplay: string | null;
  templateIds: string[];
  title: string;
  effectiveTime: string | null;
  confidentiality: string | null;
  setId: string | null;
  version: number | null;
  patient: { fiscalCode: string | null; givenName: string; familyName: string; birthDate: string | null; sex: string | null };
  author: CdaPerson & { time: string | null };
  legalAuthenticator: CdaPerson | null;
  custodian: string | null;
  sections: CdaSection[];
  labResults: LabResult[];
  vaccinations: VaccinationEntry[];
};
