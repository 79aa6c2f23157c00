import { expect, test } from "@playwright/test";
import { expectAccessible, GIOVANNI, login, MARIO, queryPortalDb, SOFIA } from "./fixtures";

// Home as a to-do list: what arrived since the last visit, the care-plan visits and tests to book, the
// prescriptions to collect, and the unread notices, also counted on the navigation.

/** A stored time as milliseconds, whichever form the database keeps it in. */
const toMs = (value: number | string) => (typeof value === "number" ? value : Date.parse(value));

/** Pharmacy prescriptions of a person still to collect. */
const toCollectOf = (personId: string) =>
  queryPortalDb<{ id: string; expiresAt: number | string }>("SELECT id, expiresAt FROM Prescription WHERE patientId = ? AND kind = 'PHARMACEUTICAL' AND fulfilledAt IS NULL", personId).filter((row) => toMs(row.expiresAt) > Date.now());

const tasks = (page: import("@playwright/test").Page) => page.getByRole("region", { name: "Da fare e novità" });

/** Documents the citizen may see, published after the start of their previous session. */
function newSinceLastVisit(personId: string): { count: number; since: number } | null {
  const sessions = queryPortalDb<{ createdAt: number | string }>("SELECT createdAt FROM Session WHERE personId = ? ORDER BY createdAt DESC LIMIT 2", personId);
  const previous = sessions[1];
  if (!previous) return null;
  const since = toMs(previous.createdAt);
  const published = queryPortalDb<{ publishedAt: number | string }>(
    "SELECT publishedAt FROM Document WHERE patientId = ? AND status = 'CURRENT' AND hiddenFromPatient = 0",
    personId,
  ).filter((row) => toMs(row.publishedAt) > since);
  return { count: published.length, since };
}

test("home lists what is new and what is to do, each with the link that does it", async ({ page }) => {
  await login(page, GIOVANNI.fiscalCode);
  const todo = tasks(page);
  await expect(todo).toBeVisible();
  // The care plan's overdue test and the one due soon, both to book; the booked and far ones are not there.
  await expect(todo.locator("p", { hasText: /^Creatinina e microalbuminuria: era da fare entro il [^,]+, da prenotare subito$/ })).toBeVisible();
  await expect(todo.locator("p", { hasText: /^Elettrocardiogramma: da prenotare, entro il / })).toBeVisible();
  await expect(todo).not.toContainText("Esame del fondo oculare");
  await expect(todo).not.toContainText("Visita diabetologica di controllo");
  await todo.getByRole("link", { name: /^Prenota\W+Creatinina/ }).click();
  await page.waitForURL((url) => url.pathname === "/prenotazioni");
  await page.goto("/");

  const toCollect = toCollectOf(GIOVANNI.id);
  await expect(todo.locator("p", { hasText: /^Ricetta da ritirare in farmacia: / })).toHaveCount(toCollect.length);
  if (toCollect.length > 0) await expect(todo.locator(`a[href="/ricette/${toCollect[0]!.id}"]`)).toBeVisible();

  const news = newSinceLastVisit(GIOVANNI.id);
  expect(news, "the seed leaves a previous visit").not.toBeNull();
  if (news!.count > 0) await expect(todo.locator("p", { hasText: new RegExp(`^${news!.count} nuov[oi] document[oi] dalla tua ultima visita del `) })).toBeVisible();
  else await expect(todo).not.toContainText("dalla tua ultima visita");
  await expectAccessible(page);
});

test("unread notices: counted on the navigation and on home until they are read", async ({ page }) => {
  await login(page, GIOVANNI.fiscalCode);
  // Changing a consent leaves a notice; giving it back leaves another, and the choice is as before.
  await page.goto("/consensi");
  const care = page.getByRole("region", { name: "Consultazione per la tua cura" });
  await care.getByLabel("Ho letto e voglio revocare questo consenso").check();
  await care.getByRole("button", { name: "Revoca il consenso" }).click();
  await expect(care.getByText("Stato: consenso revocato")).toBeVisible();
  await page.reload();
  await care.getByLabel("Ho letto e voglio dare questo consenso").check();
  await care.getByRole("button", { name: "Dai il consenso" }).click();
  await expect(care.getByText("Stato: consenso dato")).toBeVisible();

  const unread = queryPortalDb<{ n: number }>("SELECT COUNT(*) n FROM Notification WHERE personId = ? AND readAt IS NULL", GIOVANNI.id)[0]!.n;
  expect(unread).toBeGreaterThanOrEqual(2);
  await page.goto("/");
  const nav = page.getByRole("navigation", { name: "Navigazione principale" });
  await expect(nav.getByRole("link", { name: new RegExp(`^Notifiche\\W+${unread} avvisi non letti$`) })).toBeVisible();
  await expect(tasks(page).locator("p", { hasText: `Hai ${unread} avvisi non letti` })).toBeVisible();
  await expectAccessible(page);
  await tasks(page).getByRole("link", { name: /^Leggi gli avvisi/ }).click();
  await page.waitForURL((url) => url.pathname === "/notifiche");
  await page.goto("/");
  await expect(nav.getByRole("link", { name: "Notifiche", exact: true })).toBeVisible();
  await expect(tasks(page)).not.toContainText("avvisi non letti");
});

test("a parent's home for a child names the child in what is new", async ({ page }) => {
  await login(page, MARIO.fiscalCode);
  await page.goto("/deleghe");
  await page.getByRole("button", { name: `Consulta il fascicolo di ${SOFIA.name}` }).click();
  await page.waitForURL((url) => url.pathname === "/");
  const todo = tasks(page);
  await expect(todo).toBeVisible();
  const news = newSinceLastVisit(MARIO.id);
  const sofiaDocs = news ? queryPortalDb<{ publishedAt: number | string }>("SELECT publishedAt FROM Document WHERE patientId = ? AND status = 'CURRENT' AND hiddenFromPatient = 0 AND hiddenFromParents = 0 AND heightenedProtection = 0 AND obscuredByCitizen = 0 AND obscuredAtSource = 0", SOFIA.id)
    .filter((row) => toMs(row.publishedAt) > news.since).length : 0;
  if (sofiaDocs > 0) await expect(todo.locator("p", { hasText: new RegExp(`^${sofiaDocs} nuov[oi] document[oi] di ${SOFIA.name} dalla tua ultima visita del `) })).toBeVisible();
  else await expect(todo).not.toContainText("dalla tua ultima visita");
  // The child's own prescriptions to collect, never the parent's.
  const sofiaToCollect = toCollectOf(SOFIA.id).length;
  await expect(todo.locator("p", { hasText: /^Ricetta da ritirare in farmacia: / })).toHaveCount(sofiaToCollect);
  await expectAccessible(page);
});
