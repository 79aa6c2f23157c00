import { expect, test } from "@playwright/test";
import { expectAccessible, login, MARIO, SOFIA } from "./fixtures";

test("a citizen logs in with SPID and lands on their own record", async ({ page }) => {
  await login(page, MARIO.fiscalCode);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Buon(giorno|asera), Mario$/);
  await expect(page.getByLabel("Utente collegato")).toHaveText(MARIO.name);
  await expect(page.getByRole("heading", { name: "Ultimi documenti" })).toBeVisible();
  await expectAccessible(page);
});

test("a citizen logs in with CIE using only the keyboard", async ({ page }) => {
  await page.goto("/accedi");
  const cie = page.getByRole("button", { name: "Entra con CIE" });
  for (let i = 0; i < 30 && !(await cie.evaluate((element) => element === document.activeElement)); i++) await page.keyboard.press("Tab");
  await expect(cie).toBeFocused();
  await page.keyboard.press("Enter");
  await page.waitForURL(/127\.0\.0\.1:4102/);
  const identity = page.locator(`button[data-fiscal-code="${MARIO.fiscalCode}"]`);
  for (let i = 0; i < 40 && !(await identity.evaluate((element) => element === document.activeElement)); i++) await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  const consent = page.getByRole("button", { name: "Acconsento e prosegui" });
  for (let i = 0; i < 10 && !(await consent.evaluate((element) => element === document.activeElement)); i++) await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await page.waitForURL((url) => url.port === "3100" && url.pathname === "/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Buon(giorno|asera), Mario$/);
});

test("the SPID menu opens and closes with the keyboard", async ({ page }) => {
  await page.goto("/accedi");
  const spid = page.getByRole("button", { name: "Entra con SPID" });
  await spid.focus();
  await page.keyboard.press("Enter");
  await expect(spid).toHaveAttribute("aria-expanded", "true");
  await expect(page.getByRole("button", { name: "SPID Test" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(spid).toHaveAttribute("aria-expanded", "false");
});

test("logout really ends the session: the old cookie no longer opens the record", async ({ page, context }) => {
  await login(page, MARIO.fiscalCode);
  const cookies = await context.cookies();
  await page.getByRole("button", { name: "Esci" }).click();
  await page.waitForURL(/uscita=1/);
  await expect(page.getByRole("status")).toContainText("Sei uscito");
  // Replaying the cookie from before logout must not bring the session back.
  await context.addCookies(cookies);
  await page.goto("/documenti");
  await expect(page).toHaveURL(/\/accedi/);
});

test("a minor who logs in is told that parents consult the record", async ({ page }) => {
  await login(page, SOFIA.fiscalCode);
  await expect(page.getByRole("status")).toContainText("consultabile dai genitori");
  await page.goto("/documenti");
  await expect(page.getByText("Il fascicolo di una persona minorenne è consultato dai genitori o dal tutore.")).toBeVisible();
  await expect(page.getByRole("link", { name: /documento/i })).toHaveCount(0);
  await expectAccessible(page);
});

test("cancelling at the provider returns to the login page with an explanation", async ({ page }) => {
  await page.goto("/accedi");
  await page.getByRole("button", { name: "Entra con SPID" }).click();
  await page.getByRole("button", { name: "SPID Test" }).click();
  await page.getByRole("button", { name: "Annulla e torna al portale" }).click();
  await page.waitForURL(/3100\/accedi/);
  await expect(page.getByText("L'accesso non è stato completato")).toBeVisible();
  await expectAccessible(page);
});

test("public pages are accessible and the citizen area requires login", async ({ page }) => {
  for (const path of ["/", "/accedi", "/accessibilita", "/privacy", "/pagina-che-non-esiste"]) {
    await page.goto(path);
    await expectAccessible(page);
  }
  await page.goto("/documenti");
  await expect(page).toHaveURL(/\/accedi/);
});
