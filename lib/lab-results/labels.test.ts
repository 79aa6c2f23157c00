import { describe, expect, it } from "vitest";
import { readableUnit } from "./labels";

describe("lab units shown to patients", () => {
  it.each([
    ["10*3/uL", "×10³/µL"],
    ["10*6/uL", "×10⁶/µL"],
    ["10*9/L", "×10⁹/L"],
    ["m[IU]/L", "mUI/L"],
    ["[IU]/L", "UI/L"],
    ["umol/L", "µmol/L"],
    ["ug/dL", "µg/dL"],
    ["mg/dL", "mg/dL"],
    ["U/L", "U/L"],
    ["%", "%"],
    ["mm[Hg]", "mmHg"],
  ])("%s reads as %s", (ucum, readable) => {
    expect(readableUnit(ucum)).toBe(readable);
  });

  it("shows nothing for a missing unit", () => {
    expect(readableUnit(null)).toBe("");
  });
});
