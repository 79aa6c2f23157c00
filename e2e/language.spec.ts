import { expect, test } from "@playwright/test";
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
