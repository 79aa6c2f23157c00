import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseCda } from "@/lib/cda/parse";
import { essentialSections } from "./essentials";

const SAMPLES = path.resolve(import.meta.dirname, "..", "..", "..", "shared", "samples", "cda");

describe("the essentials of a Patient Summary", () => {
  const summary = parseCda(readFileSync(path.join(SAMPLES, "PSS.xml")));
  const essentials = essentialSections(summary);

  it("are allergies, therapy and problems, in that order", () => {
    expect(essentials.map((entry) => entry.code)).toEqual(["48765-2", "10160-0", "11450-4"]);
  });

  it("are found in the official sample with their narrative, and a missing one is null", () => {
    expect(essentials[0]!.section?.html).toMatch(/\S/);
    expect(essentials[2]!.section?.html).toMatch(/\S/);
    const withoutTherapy = { ...summary, sections: summary.sections.filter((section) => section.code !== "10160-0") };
    expect(essentialSections(withoutTherapy)[1]!.section).toBeNull();
  });
});
