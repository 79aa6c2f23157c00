import type { CdaDocument, CdaSection } from "@/lib/cda/types";

// What a doctor needs first in an emergency, from the latest Patient Summary: allergies, the therapy in
// progress and the problems, by their LOINC section codes (the national PSS template), in that order.

export const ESSENTIAL_SECTIONS = [
  { code: "48765-2", title: "Allergie e intolleranze" },
  { code: "10160-0", title: "Terapia farmacologica in atto" },
  { code: "11450-4", title: "Problemi" },
] as const;

export type EssentialSection = { code: string; title: string; section: CdaSection | null };

function find(sections: readonly CdaSection[], code: string): CdaSection | null {
  for (const section of sections) {
    if (section.code === code) return section;
    const inner = find(section.subsections, code);
    if (inner) return inner;
  }
  return null;
}

/** The three essential sections of a Patient Summary, each null when the summary lacks it (then it says so). */
export function essentialSections(summary: CdaDocument): EssentialSection[] {
  return ESSENTIAL_SECTIONS.map(({ code, title }) => ({ code, title, section: find(summary.sections, code) }));
}
