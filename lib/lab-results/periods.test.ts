import { describe, expect, it } from "vitest";
import { chosenPeriod, pageOfValues, pointsInPeriod, summarise, VALUES_PER_PAGE } from "./periods";
import type { LabPoint } from "./types";

const NOW = new Date("2026-12-03T10:00:00Z");
const point = (daysAgo: number, value: number | null, outOfRange = false): LabPoint => ({
  observedAt: new Date(NOW.getTime() - daysAgo * 86_400_000).toISOString(),
  value, valueText: value === null ? "positivo" : String(value), unit: "mg/dL", low: 70, high: 100, outOfRange, documentId: `d${daysAgo}`,
});
// 282 values, one every two weeks for almost eleven years, oldest first as the trend gives them.
const LONG = Array.from({ length: 282 }, (_, i) => point((281 - i) * 14, 80 + (i % 50), i % 50 > 20));

describe("a long lab history", () => {
  it("opens on the last three years, a short one on everything; an asked period wins, a wrong one is ignored", () => {
    expect(chosenPeriod(undefined, LONG, NOW)).toBe("3a");
    expect(chosenPeriod(undefined, LONG.slice(-10), NOW)).toBe("tutto");
    expect(chosenPeriod("1a", LONG.slice(-10), NOW)).toBe("1a");
    expect(chosenPeriod("10a", LONG, NOW)).toBe("3a");
    expect(chosenPeriod(["1a"], LONG, NOW)).toBe("3a");
    // A long history that stopped years ago opens on everything rather than on an empty chart.
    expect(chosenPeriod(undefined, LONG.slice(0, 100), NOW)).toBe("tutto");
  });

  it("keeps the values of the chosen years, up to now", () => {
    const lastYear = pointsInPeriod(LONG, "1a", NOW);
    expect(lastYear.length).toBe(27);
    expect(lastYear.every((p) => new Date(p.observedAt) >= new Date("2025-12-03T10:00:00Z"))).toBe(true);
    expect(pointsInPeriod(LONG, "5a", NOW).length).toBe(131);
    expect(pointsInPeriod(LONG, "tutto", NOW)).toHaveLength(282);
  });

  it("summarises count, lowest, highest, latest and how many are out of range", () => {
    const summary = summarise([point(30, 95), point(20, 140, true), point(10, null, true), point(5, 72)]);
    expect(summary.count).toBe(4);
    expect(summary.outOfRange).toBe(2);
    expect(summary.lowest?.value).toBe(72);
    expect(summary.highest?.value).toBe(140);
    expect(summary.latest?.value).toBe(72);
    expect(summarise([])).toEqual({ count: 0, outOfRange: 0, lowest: null, highest: null, latest: null });
  });

  it("pages the values newest first and clamps a page out of range", () => {
    const first = pageOfValues(LONG, 1);
    expect(first.pages).toBe(Math.ceil(282 / VALUES_PER_PAGE));
    expect(first.values).toHaveLength(VALUES_PER_PAGE);
    expect(first.values[0]).toBe(LONG.at(-1));
    const last = pageOfValues(LONG, 999);
    expect(last.page).toBe(first.pages);
    expect(last.values.at(-1)).toBe(LONG[0]);
    expect(pageOfValues(LONG, Number.NaN).page).toBe(1);
    expect(pageOfValues([], 3)).toEqual({ values: [], page: 1, pages: 1 });
  });
});
