export type ExemptionKind = "PATHOLOGY" | "INVALIDITY" | "INCOME";

export type ExemptionItem = {
  id: string;
  code: string;
  kind: ExemptionKind;
  description: string;
  validFrom: string;
  validUntil: string | null;
  issuedBy: string;
  /** Set for an online self-certification: it can be revoked and has a receipt. */
  selfCertification: { declaredAt: string } | null;
};

export type ExemptionOverview = { current: ExemptionItem[]; past: ExemptionItem[] };

export type SelfCertificationReceipt = {
  id: string;
  code: string;
  description: string;
  periodStart: string;
  periodEnd: string;
  declaredAt: string;
  revokedAt: string | null;
  declaration: Record<string, unknown>;
  person: { name: string; fiscalCode: string };
};
