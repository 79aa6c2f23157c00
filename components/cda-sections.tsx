import type { CdaSection } from "@/lib/cda/types";
import { presentNarrativeTables, type NarrativeTableLabels } from "@/lib/cda/narrative";

// The narrative HTML was built from an allow-list and sanitised in lib/cda/narrative.ts; `tables` puts each
// of its tables in a region that scrolls on its own (and folds them when the page already shows the results).
export function CdaSections({ sections, level = 3, tables }: { sections: CdaSection[]; level?: 3 | 4; tables?: NarrativeTableLabels }) {
  const Heading = level === 3 ? "h3" : "h4";
  return (
    <>
      {sections.map((section, index) => (
        <section key={`${section.code}-${index}`} className="mt-4">
          {section.title ? <Heading className="font-semibold">{section.title}</Heading> : null}
          {section.html ? <div className="narrative" dangerouslySetInnerHTML={{ __html: tables ? presentNarrativeTables(section.html, tables) : section.html }} /> : null}
          {section.subsections.length > 0 ? <CdaSections sections={section.subsections} level={4} tables={tables} /> : null}
        </section>
      ))}
    </>
  );
}
