export type AccessLogRow = {
  seq: number;
  at: string;
  actorName: string;
  actorRole: string;
  action: string;
  documentTitle: string | null;
  purpose: string;
  outcome: "ALLOW" | "DENY";
  reason: string;
  isSelf: boolean;
};

export type AccessLogPage = { rows: AccessLogRow[]; nextCursor: number | null };
