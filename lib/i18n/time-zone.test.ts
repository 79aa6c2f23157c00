import { describe, expect, it } from "vitest";
import { endOfRomeDay, romeIsoDate, startOfNextRomeDay, startOfRomeDay } from "./time-zone";

describe("Rome day bounds", () => {
  it("a winter day starts at 23:00 UTC the day before and ends at 22:59:59.999 UTC", () => {
    expect(startOfRomeDay("2026-12-02").toISOString()).toBe("2026-12-01T23:00:00.000Z");
    expect(endOfRomeDay("2026-12-02").toISOString()).toBe("2026-12-02T22:59:59.999Z");
  });

  it("a summer day is two hours ahead of UTC", () => {
    expect(startOfRomeDay("2026-07-15").toISOString()).toBe("2026-07-14T22:00:00.000Z");
    expect(endOfRomeDay("2026-07-15").toISOString()).toBe("2026-07-15T21:59:59.999Z");
  });

  it("the day clocks go forward lasts 23 hours, the day they go back 25", () => {
    expect(startOfNextRomeDay("2026-03-29").getTime() - startOfRomeDay("2026-03-29").getTime()).toBe(23 * 3600_000);
    expect(startOfRomeDay("2026-03-29").toISOString()).toBe("2026-03-28T23:00:00.000Z");
    expect(endOfRomeDay("2026-03-29").toISOString()).toBe("2026-03-29T21:59:59.999Z");
    expect(startOfNextRomeDay("2026-10-25").getTime() - startOfRomeDay("2026-10-25").getTime()).toBe(25 * 3600_000);
    expect(endOfRomeDay("2026-10-25").toISOString()).toBe("2026-10-25T22:59:59.999Z");
  });

  it("an access at 00:30 in Rome belongs to that Rome day, not to the UTC day before", () => {
    const justAfterMidnight = new Date("2026-12-01T23:30:00.000Z");
    expect(romeIsoDate(justAfterMidnight)).toBe("2026-12-02");
    expect(justAfterMidnight >= startOfRomeDay("2026-12-02")).toBe(true);
    expect(justAfterMidnight <= endOfRomeDay("2026-12-01")).toBe(false);
  });

  it("an access at 23:30 in Rome still belongs to that day", () => {
    const lateEvening = new Date("2026-12-02T22:30:00.000Z");
    expect(lateEvening <= endOfRomeDay("2026-12-02")).toBe(true);
    expect(romeIsoDate(lateEvening)).toBe("2026-12-02");
  });
});
