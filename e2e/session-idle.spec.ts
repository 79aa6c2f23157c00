import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, login, MARIO, queryPortalDb } from "./fixtures";

// WCAG 2.2.1: two minutes before the inactivity logout the person is warned and can stay logged in. The
// browser's clock is fast-forwarded; the server's is not, so the session itself is still valid throughout.

/** Logs in with the browser's clock under control and opens a page of the record once its countdown runs. */
async function openRecord(page: Page) {
  await page.clock.install();
  await login(page, MARIO.fiscalCode);
  await page.goto("/documenti");
  await page.locator("dialog[data-armed]").waitFor({ state: "attached" });
}

const lastSeen = () =>
  queryPortalDb<{ lastSeenAt: unknown }>(
    `SELECT s.lastSeenAt FROM Session s WHERE s.personId = ? AND s.endedAt IS NULL ORDER BY s.createdAt DESC LIMIT 1`,
    MARIO.id,
  )[0]?.lastSeenAt;

test("before the inactivity logout a dialog takes focus, and \"Resta collegato\" extends the session", async ({ page }) => {
  await openRecord(page);
  const dialog = page.getByRole("alertdialog", { name: "La sessione sta per scadere per inattività" });
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

  await page.clock.fastForward("12:00");
  await expect(dialog).toBeHidden();
  await page.clock.fastForward("01:30");
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("tra meno di 2 minuti verrai disconnesso");
  const stay = dialog.getByRole("button", { name: "Resta collegato" });
  await expect(stay).toBeFocused();
  await expectAccessible(page);

  // Keyboard only: Tab reaches "Esci", Shift+Tab comes back, Enter answers.
  await page.keyboard.press("Tab");
  await expect(dialog.getByRole("button", { name: "Esci" })).toBeFocused();
  await page.keyboard.press("Shift+Tab");
  await expect(stay).toBeFocused();
  const before = lastSeen();
  await page.keyboard.press("Enter");
  await expect(dialog).toBeHidden();
  // The server touched the session (it would not on its own, less than a minute after the login).
  await expect.poll(lastSeen).not.toEqual(before);

  // The countdown starts again from the extension: no warning a minute later, and the record still opens.
  await page.clock.fastForward("01:00");
  await expect(dialog).toBeHidden();
  await page.goto("/profilo");
  await expect(page).toHaveURL(/\/profilo$/);
});

test("the warning's \"Esci\" logs out", async ({ page }) => {
  await openRecord(page);
  await page.clock.fastForward("13:30");
  const dialog = page.getByRole("alertdialog", { name: "La sessione sta per scadere per inattività" });
  await dialog.getByRole("button", { name: "Esci" }).click();
  await page.waitForURL(/uscita=1/);
  await page.goto("/documenti");
  await expect(page).toHaveURL(/\/accedi/);
});

test("ignored, the warning gives way to the login page, which says the session was closed", async ({ page, context }) => {
  await openRecord(page);
  // The server's clock cannot be moved: the session is ended from another tab, as an idle one would be.
  const other = await context.newPage();
  await other.goto("/documenti");
  await other.getByRole("button", { name: "Esci" }).click();
  await other.waitForURL(/uscita=1/);
  await page.clock.fastForward("15:00");
  await page.waitForURL(/\/accedi\?sessione=scaduta&callbackUrl=%2Fdocumenti/);
  await expect(page.getByRole("status")).toContainText("la sessione è stata chiusa");
});

test("a person active in another tab is not logged out by the idle one", async ({ page }) => {
  await openRecord(page);
  const dialog = page.getByRole("alertdialog", { name: "La sessione sta per scadere per inattività" });
  await page.clock.fastForward("13:30");
  await expect(dialog).toBeVisible();
  // In the browser 15 minutes pass; on the server the session was seen moments ago, so it has time left.
  await page.clock.fastForward("01:30");
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(/\/documenti$/);
  expect(queryPortalDb<{ open: number }>(`SELECT COUNT(*) AS open FROM Session WHERE personId = ? AND endedAt IS NULL`, MARIO.id)[0]?.open).toBeGreaterThan(0);
});
