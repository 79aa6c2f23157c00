import { describe, expect, it } from "vitest";
import { breadcrumbSteps } from "./breadcrumb";
import { currentItem } from "./main-nav";

describe("main navigation and breadcrumb", () => {
  it("marks the area a page belongs to, detail pages included, and home only on home", () => {
    expect(currentItem("/")).toBe("/");
    expect(currentItem("/documenti")).toBe("/documenti");
    expect(currentItem("/documenti/abc-123")).toBe("/documenti");
    expect(currentItem("/esami/2345-7")).toBe("/esami");
    // A path that only starts with an area's letters is not inside it.
    expect(currentItem("/accessibilita")).toBeNull();
    expect(currentItem("/profilo")).toBeNull();
  });

  it("leads from home to the area and then to the detail, linking every step but the last", () => {
    expect(breadcrumbSteps("/")).toEqual([]);
    expect(breadcrumbSteps("/accedi")).toEqual([]);
    expect(breadcrumbSteps("/ricette")).toEqual([
      { href: "/", label: "Home", current: false },
      { href: "/ricette", label: "Ricette", current: true },
    ]);
    expect(breadcrumbSteps("/documenti/abc")).toEqual([
      { href: "/", label: "Home", current: false },
      { href: "/documenti", label: "Documenti", current: false },
      { href: "/documenti/abc", label: "Dettaglio", current: true },
    ]);
  });
});
