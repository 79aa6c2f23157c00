import { differenceInCalendarDays, differenceInMonths } from "date-fns";
import { VACCINES, type Vaccine } from "./catalog";

// Chooses which vaccine a demo vaccination document records, so that a person's history reads as a real
// booklet would: each vaccine only at the ages and from the year it is given, a series numbered 1, 2, 3 in
// date order and never past its length, a seasonal vaccine once a season.

/** The dates of the doses already planned for one person, by ATC code; filled in date order. */
export type VaccinationHistory = Map<string, Date[]>;

/** Days between two doses of one series, and between two seasonal doses. */
const MIN_DAYS_BETWEEN_SERIES_DOSES = 28;
const MIN_DAYS_BETWEEN_SEASONS = 180;

function plausible(vaccine: Vaccine, history: VaccinationHistory, birthDate: Date, date: Date): boolean {
  const ageMonths = differenceInMonths(date, birthDate);
  if (ageMonths < vaccine.minAgeMonths || ageMonths > vaccine.maxAgeMonths) return false;
  if (vaccine.availableFrom && date < new Date(`${vaccine.availableFrom}T00:00:00Z`)) return false;
  const given = history.get(vaccine.atc) ?? [];
  if (vaccine.doses !== null && given.length >= vaccine.doses) return false;
  const last = given.at(-1);
  const gap = vaccine.doses === null ? MIN_DAYS_BETWEEN_SEASONS : MIN_DAYS_BETWEEN_SERIES_DOSES;
  return !last || differenceInCalendarDays(date, last) >= gap;
}

/**
 * The vaccine and dose number for a vaccination on `date`: `preferred` when it fits, else the first that
 * does of the childhood series, then the seasonal vaccine; null when none fits, for
 * instance for a baby under two months.
 */
export function nextDose(history: VaccinationHistory, preferred: Vaccine, birthDate: Date, date: Date): { vaccine: Vaccine; dose: number } | null {
  // A vaccine campaign for all ages (COVID-19) is given only when chosen, never as a stand-in for a child.
  const childhood = VACCINES.filter((vaccine) => vaccine !== preferred && vaccine.doses !== null && vaccine.maxAgeMonths <= 216);
  const candidates = [preferred, ...childhood, ...VACCINES.filter((vaccine) => vaccine.doses === null)];
  const vaccine = candidates.find((candidate) => plausible(candidate, history, birthDate, date));
  if (!vaccine) return null;
  const given = history.get(vaccine.atc) ?? [];
  history.set(vaccine.atc, [...given, date]);
  return { vaccine, dose: vaccine.doses === null ? 1 : given.length + 1 };
}
