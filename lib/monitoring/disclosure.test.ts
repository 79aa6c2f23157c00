import { describe, expect, it } from "vitest";
import { countText, countValue, discloseCount, discloseRatio, percentText } from "./disclosure";

describe("small counts", () => {
  it("hides every count below the threshold, zero included, and shows the threshold itself", () => {
    expect(discloseCount(0, 10)).toEqual({ below: 10 });
    expect(discloseCount(9, 10)).toEqual({ below: 10 });
    expect(discloseCount(10, 10)).toEqual({ value: 10 });
    expect(discloseCount(19, 20)).toEqual({ below: 20 });
  });

  it("shows a percentage only when both of its counts are shown", () => {
    expect(discloseRatio(25, 200, 10)).toEqual({ numerator: { value: 25 }, denominator: { value: 200 }, percent: 12.5 });
    // From 150 citizens and 4.0% anyone could work the 6 out.
    expect(discloseRatio(6, 150, 10)).toEqual({ numerator: { below: 10 }, denominator: { value: 150 }, percent: null });
    expect(discloseRatio(12, 5, 10).percent).toBeNull();
  });

  it("writes hidden counts as «< 10» and numbers the Italian way", () => {
    expect(countText({ below: 10 })).toBe("< 10");
    expect(countText({ value: 12345 })).toBe("12.345");
    expect(countValue({ below: 10 })).toBe("< 10");
    expect(countValue({ value: 42 })).toBe(42);
    expect(percentText(12.5)).toBe("12,5%");
    expect(percentText(null)).toBe("—");
  });
});
