export type ConsentKind = "CARE" | "EMERGENCY" | "HEIGHTENED_PROTECTION";

export type ConsentStatus = { kind: ConsentKind; granted: boolean; since: string | null };

export type ConsentHistoryRow = {
  id: string;
  kind: ConsentKind;
  granted: boolean;
  at: string;
  byName: string;
  byRole: string;
  bySelf: boolean;
  channel: string;
};

export type ConsentOverview = {
  current: ConsentStatus[];
  history: ConsentHistoryRow[];
  /** True for a citizen who came of age and has not yet confirmed the choices made by their parents. */
  needsReviewAtMajority: boolean;
};
