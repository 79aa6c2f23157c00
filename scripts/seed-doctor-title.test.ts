import { describe, expect, it } from "vitest";
import { doctorTitle } from "../prisma/seed/cda-builder";

// Demo documents name their authors as the care plans and prescriptions do: "Dott.ssa" for a woman.
describe("a doctor's title in the demo documents", () => {
  it("follows the sex encoded in the fiscal code", () => {
    expect(doctorTitle("LMBCHR70A41H501S")).toBe("Dott.ssa");
    expect(doctorTitle("GRCFNC72D55L219P")).toBe("Dott.ssa");
    expect(doctorTitle("MRNPLA65C12F205X")).toBe("Dott.");
    expect(doctorTitle("BRNRRT68E20A944K")).toBe("Dott.");
  });
});
