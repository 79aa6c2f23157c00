import { mkdirSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, login, MARIO, SOFIA } from "./fixtures";

// The main navigation on every citizen page, the breadcrumb on inner pages, and the help page.

const SHOTS = "/tmp/shots-nav";
mkdirSync(SHOTS, { recursive: true });

const mainNav = (page: Page) => page.getByRole("navigation", { name: "Navigazione principale" });
const breadcrumb = (page: Page) => page.getByRole("navigation", { name: "Sei qui" });

async function expectNoSidewaysScroll(page: Page, label: string) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
  expect(scrollWidth, `${label} scrolls sideways`).toBeLessThanOrEqual(clientWidth);
}

test("desktop: the main navigation marks the current area, on detail pages too, and inner pages lead back home", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await login(page, MARIO.fiscalCode);
  await expect(mainNav(page).getByRole("link", { name: "Home" })).toHaveAttribute("aria-current", "page");
  await expect(breadcrumb(page)).toHaveCount(0);
  // On a wide screen the menu is open without a button.
  await expect(mainNav(page).getByRole("button", { name: "Menu" })).toBeHidden();

  await mainNav(page).getByRole("link", { name: "Documenti" }).click();
  await page.waitForURL(/\/documenti$/);
  await expect(mainNav(page).getByRole("link", { name: "Documenti" })).toHaveAttribute("aria-current", "page");
  await expect(mainNav(page).locator('[aria-current="page"]')).toHaveCount(1);
  await expect(breadcrumb(page).getByRole("link", { name: "Home" })).toBeVisible();
  await expect(breadcrumb(page).locator('[aria-current="page"]')).toHaveText("Documenti");
  await page.screenshot({ path: `${SHOTS}/documenti-1280.png`, fullPage: false });
  await expectAccessible(page);

  // A document's page is inside Documents: marked so, and its breadcrumb leads back to the list.
  await page.locator('main a[href^="/documenti/"]').first().click();
  await page.waitForURL(/\/documenti\/.+/);
  await expect(mainNav(page).getByRole("link", { name: "Documenti" })).toHaveAttribute("aria-current", "page");
  await breadcrumb(page).getByRole("link", { name: "Documenti" }).click();
  await page.waitForURL(/\/documenti$/);

  // Keyboard: the links are reachable with Tab and followed with Enter.
  await mainNav(page).getByRole("link", { name: "Ricette" }).focus();
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/ricette$/);
  await expect(mainNav(page).getByRole("link", { name: "Ricette" })).toHaveAttribute("aria-current", "page");
});

test("phone: the menu is a disclosure button, usable by keyboard, and nothing scrolls sideways", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await login(page, MARIO.fiscalCode);
  await page.goto("/prenotazioni");
  const button = mainNav(page).getByRole("button", { name: "Menu" });
  await expect(button).toHaveAttribute("aria-expanded", "false");
  await expect(mainNav(page).getByRole("link", { name: "Documenti" })).toBeHidden();
  await expectNoSidewaysScroll(page, "/prenotazioni, menu closed");
  await page.screenshot({ path: `${SHOTS}/prenotazioni-360-closed.png` });
  await expectAccessible(page);

  await button.focus();
  await page.keyboard.press("Enter");
  await expect(button).toHaveAttribute("aria-expanded", "true");
  await expect(mainNav(page).getByRole("link", { name: "Prenotazioni" })).toHaveAttribute("aria-current", "page");
  await expectNoSidewaysScroll(page, "/prenotazioni, menu open");
  await page.screenshot({ path: `${SHOTS}/prenotazioni-360-open.png` });
  await expectAccessible(page);

  // The next element in tab order after the button is the first link of the menu.
  await page.keyboard.press("Tab");
  await expect(mainNav(page).getByRole("link", { name: "Home" })).toBeFocused();
  await mainNav(page).getByRole("link", { name: "Vaccinazioni" }).click();
  await page.waitForURL(/\/vaccinazioni$/);
  // Following a link closes the menu, so the new page is not behind it.
  await expect(button).toHaveAttribute("aria-expanded", "false");
  await button.click();
  await page.keyboard.press("Space");
  await expect(button).toHaveAttribute("aria-expanded", "false");
});

test("a parent consulting a child's record keeps the navigation, which leads to the child's pages", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await login(page, MARIO.fiscalCode);
  await page.goto("/deleghe");
  await page.getByRole("button", { name: `Consulta il fascicolo di ${SOFIA.name}` }).click();
  await page.waitForURL((url) => url.pathname === "/");
  await mainNav(page).getByRole("link", { name: "Documenti" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`I documenti di ${SOFIA.name}`);
  await expect(mainNav(page).getByRole("link", { name: "Documenti" })).toHaveAttribute("aria-current", "page");
  await page.screenshot({ path: `${SHOTS}/sofia-documenti-1280.png` });
  await expectAccessible(page);
});

test("the help page: contacts and plain answers, open before logging in, on a phone too", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto("/accedi");
  await page.getByRole("contentinfo").getByRole("link", { name: "Aiuto e contatti" }).click();
  await page.waitForURL(/\/aiuto$/);
  await expect(page.getByRole("heading", { level: 1, name: "Aiuto" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Contatti" })).toContainText("Punti Assistiti Salute");
  const question = page.getByText("Come accedo al Fascicolo?");
  await question.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByText("Con SPID o con la Carta d'Identità Elettronica (CIE).", { exact: false })).toBeVisible();
  await expectNoSidewaysScroll(page, "/aiuto");
  await page.screenshot({ path: `${SHOTS}/aiuto-360.png`, fullPage: true });
  await expectAccessible(page);

  // Logged in, it sits in the main navigation, marked as the current page.
  await page.setViewportSize({ width: 1280, height: 900 });
  await login(page, MARIO.fiscalCode);
  await mainNav(page).getByRole("link", { name: "Aiuto" }).click();
  await page.waitForURL(/\/aiuto$/);
  await expect(mainNav(page).getByRole("link", { name: "Aiuto" })).toHaveAttribute("aria-current", "page");
  await page.screenshot({ path: `${SHOTS}/aiuto-1280.png` });
  await expectAccessible(page);
});
