export type MeasuredTest = { loinc: string; name: string; count: number; latest: LabPoint };

export type LabPoint = {
  observedAt: string;
  value: number | null;
  valueText: string;
  unit: string | null;
  low: number | null;
  high: number | null;
  outOfRange: boolean;
  documentId: string;
};

export type LabTrend = { loinc: string; name: string; unit: string | null; points: LabPoint[] };
