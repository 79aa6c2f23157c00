import { translator, type Translator } from "@/lib/i18n/translate";
import { ageOn } from "@/lib/access/policy";

// The national income exemptions (DM 11 dicembre 2009; L. 537/1993 art. 8 c. 16) as a pure function, so
// that each threshold is tested on its edge. Amounts are in euro cents to avoid rounding surprises.
// Interpretation, recorded in docs/decisions: "età superiore a 65 (60) anni" counts from that birthday;
// E01's limit is "non superiore a" (≤), E02/E04's is "inferiore a" (<).

export type IncomeExemptionCode = "E01" | "E02" | "E03" | "E04";

export const E01_INCOME_LIMIT_CENTS = 3_615_198;
export const BASE_INCOME_LIMIT_CENTS = 826_331;
export const WITH_SPOUSE_INCOME_LIMIT_CENTS = 1_136_205;
export const PER_CHILD_CENTS = 51_646;

/** Only what each code's rule needs; the form asks for these and nothing else. */
export type IncomeDeclaration =
  | { code: "E01"; householdIncomeCents: number }
  | { code: "E02"; beneficiary: "HOLDER" | "DEPENDANT"; unemployedAfterWork: boolean; householdIncomeCents: number; spouse: boolean; dependentChildren: number }
  | { code: "E03"; beneficiary: "HOLDER" | "DEPENDANT"; socialAllowance: boolean }
  | { code: "E04"; beneficiary: "HOLDER" | "DEPENDANT"; minimumPension: boolean; holderAged60: boolean; householdIncomeCents: number; spouse: boolean; dependentChildren: number };

export type ExemptionPeriod = { start: Date; end: Date };

export type Assessment = { eligible: true; period: ExemptionPeriod } | { eligible: false; reasons: string[]; period: ExemptionPeriod };

/** The yearly period a declaration belongs to: 1 April to 31 March, both as calendar days (UTC midnight). */
export function exemptionPeriod(on: Date): ExemptionPeriod {
  const startYear = on.getUTCMonth() >= 3 ? on.getUTCFullYear() : on.getUTCFullYear() - 1;
  return { start: new Date(Date.UTC(startYear, 3, 1)), end: new Date(Date.UTC(startYear + 1, 2, 31)) };
}

const DAY_MS = 86_400_000;

/** A period's last day counts in full: it ends when the next day begins. */
export function lastDayNotOverBefore(now: Date): Date {
  return new Date(now.getTime() - DAY_MS);
}

/** The fiscal year whose income counts: the one before the period starts. */
export function incomeYear(period: ExemptionPeriod): number {
  return period.start.getUTCFullYear() - 1;
}

export function incomeLimitCents(spouse: boolean, dependentChildren: number): number {
  return (spouse ? WITH_SPOUSE_INCOME_LIMIT_CENTS : BASE_INCOME_LIMIT_CENTS) + dependentChildren * PER_CHILD_CENTS;
}

const amount = new Intl.NumberFormat("it-IT", { minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: "always" });
/** "€ 8.263,31": grouped also below 10.000, as the decrees and the forms print amounts. */
export const formatEuro = (cents: number) => `€ ${amount.format(cents / 100)}`;

/** `t` words the refusals in the reader's language; amounts keep the Italian form the decrees and the form use. */
export function assessIncomeExemption(declaration: IncomeDeclaration, beneficiaryBirthDate: Date, today: Date, t: Translator = translator("it")): Assessment {
  const period = exemptionPeriod(today);
  const age = ageOn(beneficiaryBirthDate, today);
  const reasons: string[] = [];
  switch (declaration.code) {
    case "E01":
      if (age >= 6 && age < 65) reasons.push(t("L'esenzione E01 spetta a chi ha meno di 6 anni o almeno 65: la persona ha {age} anni.", { age }));
      if (declaration.householdIncomeCents > E01_INCOME_LIMIT_CENTS)
        reasons.push(t("Il reddito del nucleo familiare fiscale supera il limite di {limit}.", { limit: formatEuro(E01_INCOME_LIMIT_CENTS) }));
      break;
    case "E02":
      if (!declaration.unemployedAfterWork)
        reasons.push(t("L'esenzione E02 spetta a chi è disoccupato dopo aver lavorato, e ai suoi familiari a carico: chi non ha mai lavorato non rientra."));
      pushIncomeReason(reasons, declaration, t);
      break;
    case "E03":
      if (!declaration.socialAllowance) reasons.push(t("L'esenzione E03 spetta ai titolari di assegno sociale (ex pensione sociale) e ai loro familiari a carico."));
      break;
    case "E04": {
      if (!declaration.minimumPension) reasons.push(t("L'esenzione E04 spetta ai titolari di pensione al minimo e ai loro familiari a carico."));
      const holderAged60 = declaration.beneficiary === "HOLDER" ? age >= 60 : declaration.holderAged60;
      if (!holderAged60) reasons.push(t("Il titolare della pensione al minimo deve avere almeno 60 anni."));
      pushIncomeReason(reasons, declaration, t);
      break;
    }
  }
  return reasons.length === 0 ? { eligible: true, period } : { eligible: false, reasons, period };
}

function pushIncomeReason(reasons: string[], declaration: { householdIncomeCents: number; spouse: boolean; dependentChildren: number }, t: Translator) {
  const limit = incomeLimitCents(declaration.spouse, declaration.dependentChildren);
  if (declaration.householdIncomeCents >= limit)
    reasons.push(t("Il reddito del nucleo familiare fiscale deve essere inferiore a {limit} (con il coniuge e i figli a carico indicati).", { limit: formatEuro(limit) }));
}

/** A code the form does not offer, with the age that rules it out. */
export type WithheldCode = { code: IncomeExemptionCode; age: number };

/**
 * The income codes worth offering to this beneficiary: what the portal already knows (the birth date in
 * the record) rules some out before anyone types an income. E01 needs an age under 6 or of 65 and more.
 * The others depend on facts the portal does not hold (a pension, unemployment), so they stay offered and
 * the assessment still checks everything when the declaration is sent.
 */
export function declarableCodes(beneficiaryBirthDate: Date, today: Date): { offered: IncomeExemptionCode[]; withheld: WithheldCode[] } {
  const age = ageOn(beneficiaryBirthDate, today);
  const e01 = age < 6 || age >= 65;
  return { offered: e01 ? ["E01", "E02", "E03", "E04"] : ["E02", "E03", "E04"], withheld: e01 ? [] : [{ code: "E01", age }] };
}
