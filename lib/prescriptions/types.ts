export type PrescriptionKind = "PHARMACEUTICAL" | "SPECIALIST";
/** TO_FULFIL: still to be dispensed (pharmacy) or performed (specialist). */
export type PrescriptionStatus = "TO_FULFIL" | "FULFILLED" | "EXPIRED";

export type PrescriptionItem = {
  description: string;
  /** AIC of the medicine, or the catalogue code of the specialist service. */
  code: string | null;
  atcCode: string | null;
  quantity: number;
};

export type PrescriptionDetail = {
  id: string;
  nre: string;
  kind: PrescriptionKind;
  status: PrescriptionStatus;
  prescriberName: string;
  prescriberRole: string;
  issuedAt: string;
  expiresAt: string;
  fulfilledAt: string | null;
  priority: string | null;
  exemptionCode: string | null;
  diagnosis: string | null;
  items: PrescriptionItem[];
};

export type PrescriptionPage = { items: PrescriptionDetail[]; nextCursor: string | null };
