// What the monitoring pages and files receive: the region's figures, already disclosed (a small count is
// `{ below }`, never its value), so nothing that reaches a browser or a file can single a person out.

import type { Period } from "./schema";

/** A count as shown: its value, or only that it is below the threshold. */
export type ShownCount = { value: number } | { below: number };

export type ShownRatio = {
  numerator: ShownCount;
  denominator: ShownCount;
  /** Percentage with one decimal; null when either count is hidden or the denominator is zero. */
  percent: number | null;
};

export type IndicatorKey = "citizenUse" | "citizenConsent" | "specialistsEnabled" | "gpActivity";

export type IndicatorDTO = {
  key: IndicatorKey;
  group: "citizens" | "professionals";
  title: string;
  numeratorLabel: string;
  denominatorLabel: string;
  /** The window the figure covers, in words. */
  window: string;
  current: ShownRatio;
  /** The last 12 months, oldest first: the same figure at the same day of each month. */
  trend: { referenceDate: string; ratio: ShownRatio }[];
};

export type AvailabilityRow = { code: string; label: string; available: boolean; documents: ShownCount; citizens: ShownCount };

export type ServiceRow = { name: string; offered: boolean; where: string | null };

export type MonitoringReport = {
  region: string;
  referenceDate: string;
  period: Period;
  /** Rome calendar days, inclusive. */
  periodFrom: string;
  periodTo: string;
  citizenWindowFrom: string;
  threshold: number;
  indicators: IndicatorDTO[];
  availability: AvailabilityRow[];
  services: ServiceRow[];
};
