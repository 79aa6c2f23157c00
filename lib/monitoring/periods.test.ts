import { describe, expect, it } from "vitest";
import { minusMonths, trendDates, windowsFor } from "./periods";
import { parseMonitoringQuery } from "./schema";

// Windows are Rome calendar days, half-open, so an instant on a boundary belongs to exactly one window.

describe("monitoring windows", () => {
  it("takes the 90 Rome days ending with the reference date, in summer time", () => {
    const w = windowsFor("2026-06-30", "trimestre");
    expect(w.citizen.firstDay).toBe("2026-04-02");
    expect(w.citizen.from.toISOString()).toBe("2026-04-01T22:00:00.000Z");
    expect(w.citizen.to.toISOString()).toBe("2026-06-30T22:00:00.000Z");
    expect(w.end).toEqual(w.citizen.to);
  });

  it("follows the change to summer time inside the window (the first day is a winter day)", () => {
    const w = windowsFor("2026-04-30", "mese");
    expect(w.citizen.firstDay).toBe("2026-01-31");
    expect(w.citizen.from.toISOString()).toBe("2026-01-30T23:00:00.000Z");
    expect(w.citizen.to.toISOString()).toBe("2026-04-30T22:00:00.000Z");
  });

  it("makes each period end with the reference date and start the day after the same day months before", () => {
    expect(windowsFor("2026-06-30", "mese").period.firstDay).toBe("2026-05-31");
    expect(windowsFor("2026-06-30", "trimestre").period.firstDay).toBe("2026-03-31");
    expect(windowsFor("2026-06-30", "semestre").period.firstDay).toBe("2025-12-31");
    expect(windowsFor("2026-06-30", "anno").period.firstDay).toBe("2025-07-01");
  });

  it("goes back months to the last day of a shorter month", () => {
    expect(minusMonths("2026-03-31", 1)).toBe("2026-02-28");
    expect(minusMonths("2024-03-31", 1)).toBe("2024-02-29");
    expect(minusMonths("2026-01-15", 1)).toBe("2025-12-15");
  });

  it("gives 12 trend dates, oldest first, ending on the reference date", () => {
    const dates = trendDates("2026-11-30");
    expect(dates).toHaveLength(12);
    expect(dates[0]).toBe("2025-12-30");
    expect(dates.at(-1)).toBe("2026-11-30");
    expect(new Set(dates).size).toBe(12);
  });
});

describe("the administrator's choice", () => {
  const today = new Date("2026-12-03T10:00:00Z");

  it("defaults to today and three months", () => {
    expect(parseMonitoringQuery({}, today)).toEqual({ query: { data: "2026-12-03", periodo: "trimestre" }, errors: {} });
  });

  it("keeps a valid choice and reports each wrong one, falling back to the default", () => {
    expect(parseMonitoringQuery({ data: "2026-06-30", periodo: "anno" }, today).query).toEqual({ data: "2026-06-30", periodo: "anno" });
    for (const data of ["2026-02-30", "30/06/2026", "2026-13-01", "2022-12-31", "2999-01-01", "'; DROP TABLE"]) {
      const parsed = parseMonitoringQuery({ data, periodo: "settimana" }, today);
      expect(parsed.query).toEqual({ data: "2026-12-03", periodo: "trimestre" });
      expect(Object.keys(parsed.errors).sort()).toEqual(["data", "periodo"]);
    }
  });
});
