import { describe, expect, it } from "vitest";
import { translator } from "./translate";

// Appointments read like documents ("29 novembre 2026"), with the weekday and the time in Rome.
describe("appointment dates", () => {
  const it_ = translator("it");
  const en = translator("en");

  it("name the weekday, the day in words and the Rome time", () => {
    expect(it_.appointment("2026-12-11T08:30:00.000Z")).toBe("venerdì 11 dicembre 2026, ore 09:30");
    expect(en.appointment("2026-12-11T08:30:00.000Z")).toBe("Friday 11 December 2026 at 09:30");
  });

  it("use Rome's day after midnight UTC and summer time", () => {
    expect(it_.weekdayDate("2026-12-01T23:30:00.000Z")).toBe("mercoledì 2 dicembre 2026");
    expect(it_.time("2026-07-15T06:00:00.000Z")).toBe("08:00");
    expect(it_.appointment("2026-03-29T01:30:00.000Z")).toBe("domenica 29 marzo 2026, ore 03:30");
  });

  it("share the documents' long date style", () => {
    expect(it_.weekdayDate("2026-11-29T10:00:00.000Z")).toContain(it_.date("2026-11-29T10:00:00.000Z"));
  });
});

// The portal does not know how each person wishes to be addressed: greetings are by name, or neutral.
describe("greetings", () => {
  it("never welcome a person with a gendered word", async () => {
    const english = (await import("./en.json")).default as Record<string, string>;
    expect(Object.keys(english).filter((message) => /\bBenvenut[oaie]\b|\bBentornat[oaie]\b/.test(message))).toEqual([]);
  });
});
