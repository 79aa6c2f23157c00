import { AVAILABILITY, INDICATORS, SERVICES } from "./catalog";
import type { RawAvailability, RawFigures } from "./data";
import { discloseCount, discloseRatio } from "./disclosure";
import { CITIZEN_WINDOW_DAYS, type Windows } from "./periods";
import type { MonitoringQuery } from "./schema";
import type { IndicatorDTO, MonitoringReport } from "./types";

// Puts the measured figures into the national layout, disclosing every count on the way: what leaves
// this function is all a page, a CSV or a JSON file ever receives.

export type MeasuredReport = {
  query: MonitoringQuery;
  windows: Windows;
  current: RawFigures;
  trend: { referenceDate: string; figures: RawFigures }[];
  availability: RawAvailability;
};

const longDate = new Intl.DateTimeFormat("it-IT", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
/** A Rome calendar day ("2026-06-30") in words: "30 giugno 2026". */
export const dayInWords = (isoDate: string) => longDate.format(new Date(`${isoDate}T00:00:00Z`));

const WINDOW_WORDS = {
  citizen: (w: Windows) => `${CITIZEN_WINDOW_DAYS} giorni, dal ${dayInWords(w.citizen.firstDay)} al ${dayInWords(w.referenceDate)}`,
  reference: (w: Windows) => `situazione al ${dayInWords(w.referenceDate)}`,
  period: (w: Windows) => `dal ${dayInWords(w.period.firstDay)} al ${dayInWords(w.referenceDate)}`,
};

export function assembleReport(measured: MeasuredReport, settings: { region: string; threshold: number }): MonitoringReport {
  const { threshold } = settings;
  const indicators: IndicatorDTO[] = INDICATORS.map((definition) => {
    const ratio = (figures: RawFigures) => discloseRatio(figures[definition.key].numerator, figures[definition.key].denominator, threshold);
    return {
      key: definition.key,
      group: definition.group,
      title: definition.title,
      numeratorLabel: definition.numeratorLabel,
      denominatorLabel: definition.denominatorLabel,
      window: WINDOW_WORDS[definition.window](measured.windows),
      current: ratio(measured.current),
      trend: measured.trend.map((point) => ({ referenceDate: point.referenceDate, ratio: ratio(point.figures) })),
    };
  });
  const availability = AVAILABILITY.map((row) => {
    const counts = (row.source === "document" ? measured.availability.documents : measured.availability.prescriptions).get(row.code) ?? { documents: 0, citizens: 0 };
    return {
      code: row.code,
      label: row.label,
      available: counts.documents > 0,
      documents: discloseCount(counts.documents, threshold),
      citizens: discloseCount(counts.citizens, threshold),
    };
  });
  return {
    region: settings.region,
    referenceDate: measured.query.data,
    period: measured.query.periodo,
    periodFrom: measured.windows.period.firstDay,
    periodTo: measured.query.data,
    citizenWindowFrom: measured.windows.citizen.firstDay,
    threshold,
    indicators,
    availability,
    services: SERVICES,
  };
}
