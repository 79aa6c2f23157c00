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

export type ExemptionOverview = {
  current: ExemptionItem[];
  past: ExemptionItem[];
  /** The income codes the self-certification form offers this record, and those it does not, with why. */
  declarable: { offered: ("E01" | "E02" | "E03" | "E04")[]; withheld: { code: "E01" | "E02" | "E03" | "E04"; age: number }[] };
};

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
