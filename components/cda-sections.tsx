import type { CdaSection } from "@/lib/cda/types";

// The narrative HTML was built from an allow-list and sanitised in lib/cda/narrative.ts.
export function CdaSections({ sections, level = 3 }: { sections: CdaSection[]; level?: 3 | 4 }) {
  const Heading = level === 3 ? "h3" : "h4";
  return (
    <>
      {sections.map((section, index) => (
        <section key={`${section.code}-${index}`} className="mt-4">
          {section.title ? <Heading className="font-semibold">{section.title}</Heading> : null}
          {section.html ? <div className="narrative" dangerouslySetInnerHTML={{ __html: section.html }} /> : null}
          {section.subsections.length > 0 ? <CdaSections sections={section.subsections} level={4} /> : null}
        </section>
      ))}
    </>
  );
}
