export type AccessLogRow = {
  seq: number;
  at: string;
  actorName: string;
  actorRole: string;
  /** The professional's or operator's title and facility or desk point. */
  actorAffiliation: string | null;
  /** The written reason of an emergency access. */
  emergencyReason: string | null;
  action: string;
  documentTitle: string | null;
  purpose: string;
  outcome: "ALLOW" | "DENY";
  reason: string;
  isSelf: boolean;
};

export type AccessLogPage = { rows: AccessLogRow[]; nextCursor: number | null };
