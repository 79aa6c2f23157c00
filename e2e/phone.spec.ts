import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, login, MARIO } from "./fixtures";

// On a 360 px phone nothing may scroll sideways: a page wider than the screen hides columns a person needs.
const PHONE = { width: 360, height: 740 };
const SHOTS = process.env.SHOTS_DIR;

async function expectNoSidewaysScroll(page: Page, label: string) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
  expect(scrollWidth, `${label} scrolls sideways`).toBeLessThanOrEqual(clientWidth);
}

async function shoot(page: Page, name: string) {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

test("booking on a phone: free times grouped by day with the weekday, a facility choice, the earliest first", async ({ page }) => {
  await page.setViewportSize(PHONE);
  await login(page, MARIO.fiscalCode);
  await page.goto("/prenotazioni");
  await page.getByRole("region", { name: "Ricette da prenotare" }).getByRole("link", { name: /Scegli data e ora/ }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Prenota una visita o un esame" })).toBeVisible();
  const picker = page.getByRole("group", { name: "Scegli giorno e ora" });
  const days = picker.getByRole("group");
  expect(await days.count()).toBeGreaterThan(1);
  // Each day is named with its weekday, as documents name their dates ("11 dicembre 2026").
  await expect(days.first().getByRole("heading")).toHaveText(/^(lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica) \d{1,2} [a-z]+ \d{4}$/i);
  const earliest = page.getByText(/^Primo orario libero: .+, ore \d{2}:\d{2}, /);
  await expect(earliest).toBeVisible();
  await expectNoSidewaysScroll(page, "booking");
  await expectAccessible(page);
  await shoot(page, "booking-360");

  const facility = page.getByRole("combobox", { name: "Struttura" });
  if (await facility.count()) {
    const options = await facility.locator("option").allTextContents();
    await facility.selectOption({ label: options[1]! });
    await expect(earliest).toContainText(options[1]!);
  }
  // Confirming without a choice is explained beside the choice, with no browser bubble.
  await page.getByRole("button", { name: "Prenota" }).click();
  await expect(page.locator("#slotId-error")).toHaveText("Scegli un giorno e un orario.");
  await page.setViewportSize({ width: 1280, height: 900 });
  await shoot(page, "booking-1280");
});

for (const route of ["/vaccinazioni", "/esami"]) {
  test(`${route} does not scroll sideways at 360 px`, async ({ page }) => {
    await page.setViewportSize(PHONE);
    await login(page, MARIO.fiscalCode);
    await page.goto(route);
    await expectNoSidewaysScroll(page, route);
    await shoot(page, `${route.slice(1)}-360`);
  });
}
