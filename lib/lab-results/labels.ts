// Lab results carry UCUM units ("10*3/uL", "m[IU]/L"): exact for machines, unreadable to a patient. Pages
// show the units as a lab report prints them ("×10³/µL", "mUI/L"); the code stays in the stored data.

const SUPERSCRIPT: Record<string, string> = { "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹", "-": "⁻" };

/** A UCUM unit as a person reads it on a printed report. */
export function readableUnit(ucum: string | null | undefined): string {
  if (!ucum) return "";
  return ucum
    .replace(/10\*(-?\d+)/g, (_, power: string) => `×10${[...power].map((c) => SUPERSCRIPT[c] ?? c).join("")}`)
    .replace(/\[IU\]/g, "UI")
    .replace(/\[iU\]/g, "UI")
    .replace(/(^|[^A-Za-z])u(g|L|l|mol|m|IU|UI)\b/g, "$1µ$2")
    .replace(/\[([^\]]+)\]/g, "$1")
    .replace(/^%$/, "%");
}
