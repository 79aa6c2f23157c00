export type VaccinationItem = {
  id: string;
  administeredAt: string;
  vaccineName: string;
  atcCode: string | null;
  aicCode: string | null;
  lot: string | null;
  doseNumber: number | null;
  /** Where it was given: the facility that published the vaccination document. */
  facilityName: string;
  documentId: string;
};
