import type { ShownCount, ShownRatio } from "./types";

// Small counts identify people: in a small town "3 citizens with a given document" may be someone's
// neighbours. Every count leaves the server through here: below the threshold only "< threshold" is
// shown, and a percentage only when both its counts are shown (from one hidden count and a percentage
// the other could be worked out).

export function discloseCount(value: number, threshold: number): ShownCount {
  return value >= threshold ? { value } : { below: threshold };
}

export function discloseRatio(numerator: number, denominator: number, threshold: number): ShownRatio {
  const shown = { numerator: discloseCount(numerator, threshold), denominator: discloseCount(denominator, threshold) };
  const visible = "value" in shown.numerator && "value" in shown.denominator && denominator > 0;
  return { ...shown, percent: visible ? Math.round((numerator / denominator) * 1000) / 10 : null };
}

/** The count as text for a cell, a file or a chart label: "1.234" or "< 10". */
export function countText(count: ShownCount, locale = "it-IT"): string {
  return "value" in count ? count.value.toLocaleString(locale) : `< ${count.below}`;
}

/** The count in a machine-readable file: the number, or the text "< 10". */
export function countValue(count: ShownCount): number | string {
  return "value" in count ? count.value : `< ${count.below}`;
}

export function percentText(percent: number | null, locale = "it-IT"): string {
  return percent === null ? "—" : `${percent.toLocaleString(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 })}%`;
}
