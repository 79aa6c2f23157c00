import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, login, queryPortalDb } from "./fixtures";

// English is the portal's second language: chosen before logging in it carries into the record, it is
// kept in the profile (so it follows the person to another device), and clinical content stays Italian.

const AMIRA = { fiscalCode: "HDDMRA88C62Z330W", id: "demo-amira", name: "Amira Haddad" };

test("a visitor switches to English, logs in, and keeps English on another device until she chooses Italian", async ({ browser }) => {
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await phone.newPage();
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "it");
  await page.getByRole("button", { name: "English version" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your Electronic Health Record" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expectAccessible(page);

  await page.goto("/accedi");
  await expect(page.getByRole("heading", { level: 1, name: "Log in to your health record" })).toBeVisible();
  await page.getByRole("button", { name: "Log in with SPID" }).click();
  await page.getByRole("button", { name: "SPID Test" }).click();
  await page.locator(`button[data-fiscal-code="${AMIRA.fiscalCode}"]`).click();
  await page.getByRole("button", { name: "Acconsento e prosegui" }).click();
  await page.waitForURL((url) => url.port === "3100" && !url.pathname.startsWith("/api/"));
  // A first access is in English too; then the home page.
  if (new URL(page.url()).pathname === "/benvenuto") {
    await expect(page.getByRole("heading", { level: 1, name: "Welcome to your health record" })).toBeVisible();
    await page.getByRole("button", { name: "I have read this: open my record" }).click();
  }
  await expect(page.getByRole("heading", { level: 1, name: /^(Good morning|Good evening), Amira$/ })).toBeVisible();
  // Document titles are the facilities' own words, marked as Italian for screen readers.
  const latest = page.getByRole("region", { name: "Latest documents" });
  await expect(latest.locator('[lang="it"]').first()).toBeVisible();
  await expectAccessible(page);

  await page.goto("/documenti?dal=2026-13-45");
  await expect(page.getByRole("alert").filter({ hasText: "Check the filters" })).toContainText("Use a valid date (day, month and year).");
  await page.goto("/ricette");
  await expect(page.getByRole("heading", { level: 1, name: "Prescriptions" })).toBeVisible();
  await page.goto("/profilo");
  await expect(page.getByRole("radio", { name: "English" })).toBeChecked();
  await expectAccessible(page);
  expect(queryPortalDb<{ language: string }>("SELECT language FROM Person WHERE id = ?", AMIRA.id)[0]?.language).toBe("en");
  // Adopting it at login changed her profile: it passed the gate and left its access-log row.
  expect(queryPortalDb<{ n: number }>("SELECT COUNT(*) AS n FROM AccessLogEntry WHERE subjectId = ? AND purpose = 'LINGUA' AND outcome = 'ALLOW'", AMIRA.id)[0]?.n).toBe(1);
  await phone.close();

  // Another device, no cookie: the profile's language applies from the first page after login.
  const desktop = await browser.newContext();
  const other = await desktop.newPage();
  await login(other, AMIRA.fiscalCode);
  await expect(other.locator("html")).toHaveAttribute("lang", "en");
  await other.goto("/profilo");
  await other.getByRole("radio", { name: "Italiano" }).check();
  await other.getByRole("button", { name: "Save the language" }).click();
  await expect(other.getByRole("status").filter({ hasText: "Da ora il portale è in italiano." })).toBeVisible();
  await expect(other.getByRole("heading", { level: 1, name: "Profilo" })).toBeVisible();
  await expect(other.locator("html")).toHaveAttribute("lang", "it");
  expect(queryPortalDb<{ language: string }>("SELECT language FROM Person WHERE id = ?", AMIRA.id)[0]?.language).toBe("it");
  await desktop.close();
});

// Every page of the citizen area, read in English: no Italian sentence of the portal's own is left, outside
// the clinical content marked as Italian. Italian messages the catalogue knows, and text with two or more
// Italian function words, both count as left over.
const catalogue: Record<string, string> = JSON.parse(readFileSync(path.resolve("lib", "i18n", "en.json"), "utf8"));
const italianOnly = Object.entries(catalogue)
  .filter(([italian, english]) => italian !== english)
  .map(([italian]) => italian);

/** The portal's own Italian text on the page, outside the content marked as Italian. */
async function leftoverItalian(page: Page): Promise<string[]> {
  return page.evaluate((known) => {
    const functionWords = /(?<![\p{L}])(il|gli|della|delle|degli|che|per|non|con|sono|questo|questa|nella|dalla|alla|una)(?![\p{L}])/giu;
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const element = walker.currentNode.parentElement;
      const text = walker.currentNode.textContent?.trim() ?? "";
      if (!text || !element || element.closest('body [lang="it"], script, style')) continue;
      const words = new Set(text.toLowerCase().match(functionWords) ?? []);
      if (known.includes(text) || words.size >= 2) found.push(text);
    }
    for (const element of document.querySelectorAll("[aria-label]")) {
      const label = element.getAttribute("aria-label") ?? "";
      if (!element.closest('body [lang="it"]') && known.includes(label)) found.push(label);
    }
    return found;
  }, italianOnly);
}

test("every page of the citizen area reads in English, clinical content marked as Italian", async ({ page }) => {
  // Server and browser must render the same English (dates and numbers included): no hydration mismatch.
  const hydrationErrors: string[] = [];
  page.on("console", (message) => {
    // Production React names hydration failures by number (418, 423, 425): https://react.dev/errors
    if (message.type() === "error" && /hydrat|errors\/(418|423|425)\b/i.test(message.text())) hydrationErrors.push(message.text());
  });
  await login(page, AMIRA.fiscalCode);
  // The check itself finds the Italian of the Italian page.
  expect(await leftoverItalian(page)).toContain("Ultimi documenti");
  await page.getByRole("button", { name: "English version" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  const firstDocument = queryPortalDb<{ id: string }>("SELECT id FROM Document WHERE patientId = ? AND hiddenFromPatient = 0 LIMIT 1", AMIRA.id)[0]!.id;
  const pages = ["/", "/documenti", `/documenti/${firstDocument}`, "/accessi", "/consensi", "/deleghe", "/ricette", "/vaccinazioni", "/esenzioni", "/prenotazioni", "/taccuino", "/presa-in-carico", "/profilo-sanitario", "/esami", "/profilo", "/privacy", "/accessibilita"];
  for (const route of pages) {
    await page.goto(route);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    const leftOver = await leftoverItalian(page);
    expect(leftOver, route).toEqual([]);
  }
  await expectAccessible(page);
  // Booking from a prescription: the free times are listed by a client component, dates in English.
  await page.goto("/prenotazioni");
  await page.getByRole("link", { name: /Choose date and time/ }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Book a visit or a test" })).toBeVisible();
  await expect(page.getByRole("group", { name: "Choose day and time" })).toBeVisible();
  expect(await leftoverItalian(page)).toEqual([]);
  expect(hydrationErrors).toEqual([]);
  await page.getByRole("button", { name: "Versione in italiano" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "it");
});
