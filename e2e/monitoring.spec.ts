import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { ADMIN, DOCTOR, expectAccessible, login, MARIO, OPERATOR, queryPortalDb } from "./fixtures";

// The regional administrator reads the national indicators for the demo region through the real login;
// nobody else finds /monitoraggio at all. No page or file names a person.

const adminFiscalCode = () => queryPortalDb<{ fiscalCode: string }>("SELECT fiscalCode FROM Person WHERE id = ?", ADMIN.id)[0]!.fiscalCode;
const regionRows = () => queryPortalDb<{ n: number }>("SELECT COUNT(*) AS n FROM AccessLogEntry WHERE subjectId = 'REGIONE' AND actorId = ?", ADMIN.id)[0]!.n;

test("an administrator reads the region's indicators, trends, availability and downloads, each view logged as an aggregate", async ({ page }) => {
  await login(page, adminFiscalCode());
  await page.getByRole("navigation", { name: "Aree di lavoro" }).getByRole("link", { name: /Monitoraggio regionale/ }).click();
  await page.waitForURL(/\/monitoraggio$/);
  await expect(page.getByRole("heading", { level: 1, name: "Monitoraggio del Fascicolo Sanitario Elettronico" })).toBeVisible();
  const before = regionRows();
  expect(before).toBeGreaterThan(0);
  for (const title of ["Utilizzo del FSE da parte dei cittadini", "Consenso alla consultazione", "Medici specialisti abilitati al FSE", "Medici di medicina generale e pediatri che usano il FSE"]) {
    const card = page.getByRole("article", { name: title });
    await expect(card).toBeVisible();
    await expect(card.getByRole("img", { name: new RegExp(`${title}: andamento`) })).toBeVisible();
  }
  // The demo region's consent: 40-odd of about a hundred citizens, with its percentage.
  const consent = page.getByRole("article", { name: "Consenso alla consultazione" });
  await expect(consent.getByText(/^\d+,\d%$/).first()).toBeVisible();
  // A small region hides its small counts.
  await expect(page.getByText("< 10").first()).toBeVisible();
  const availability = page.getByRole("table", { name: /Tipi di documento disponibili/ });
  await expect(availability.getByRole("row", { name: /Referto di laboratorio Sì/ })).toBeVisible();
  await expect(page.getByRole("table", { name: /Servizi del fascicolo/ }).getByRole("row", { name: "Pagamento del ticket No" })).toBeVisible();
  await expectAccessible(page);

  // The trend's table, opened from the keyboard.
  const summary = consent.getByText("Vedi i valori mese per mese in una tabella");
  await summary.focus();
  await page.keyboard.press("Enter");
  await expect(consent.getByRole("table", { name: /Consenso alla consultazione: valori degli ultimi 12 mesi/ }).getByRole("row")).toHaveCount(13);
  await expectAccessible(page);
  // On a phone too: the tables scroll sideways, from the keyboard as well.
  await page.setViewportSize({ width: 390, height: 844 });
  await expectAccessible(page);
  await page.setViewportSize({ width: 1280, height: 720 });

  // Another date and period, chosen with the form.
  await page.getByLabel("Data di riferimento").fill("2026-06-30");
  await page.getByLabel("Periodo", { exact: true }).selectOption({ label: "Un anno" });
  await page.getByRole("button", { name: "Mostra i dati" }).click();
  await page.waitForURL(/data=2026-06-30&periodo=anno/);
  await expect(page.getByText("dal 1 luglio 2025 al 30 giugno 2026").first()).toBeVisible();

  // A wrong date is reported, linked to its field; the page still shows the figures for today.
  const response = await page.goto("/monitoraggio?data=2026-02-30&periodo=settimana");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("alert", { name: "Controlla la data e il periodo" })).toContainText("Usa una data valida");
  await expect(page.getByLabel("Data di riferimento")).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page);

  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("link", { name: "Scarica i dati in formato CSV" }).click();
  const csv = readFileSync((await (await downloadPromise).path())!, "utf8").replace(/^\uFEFF/, "");
  expect(csv.split("\n")[0]).toBe("Sezione;Voce;Data di riferimento;Finestra;Numeratore;Denominatore;Percentuale;Documenti;Cittadini;Disponibile");
  expect(csv).toContain("< 10");
  const json = await (await page.request.get("/monitoraggio/json?data=2026-06-30&periodo=trimestre")).json();
  expect(json.indicatori).toHaveLength(4);
  expect(json.sogliaConteggi).toBe(10);
  // No person anywhere: not the administrator, not a citizen's name or fiscal code.
  for (const text of [csv, JSON.stringify(json)]) {
    expect(text).not.toContain(MARIO.name);
    expect(text).not.toContain(MARIO.fiscalCode);
    expect(text).not.toContain(ADMIN.name);
  }
  // Two more views and two downloads since the first view, each one aggregate row; never a person's record.
  expect(regionRows()).toBe(before + 4);
  expect(queryPortalDb<{ n: number }>("SELECT COUNT(*) AS n FROM AccessLogEntry WHERE actorId = ? AND subjectId <> 'REGIONE' AND subjectId <> ?", ADMIN.id, ADMIN.id)[0]!.n).toBe(0);
});

for (const [who, fiscalCode] of [
  ["a citizen", MARIO.fiscalCode],
  ["a professional", DOCTOR.fiscalCode],
  ["an operator", OPERATOR.fiscalCode],
] as const) {
  test(`${who} finds no /monitoraggio: 404, and no download`, async ({ page }) => {
    await login(page, fiscalCode);
    const response = await page.goto("/monitoraggio");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Pagina non trovata" })).toBeVisible();
    await expect(page.getByText("Utilizzo del FSE")).toHaveCount(0);
    for (const file of ["/monitoraggio/csv", "/monitoraggio/json"]) expect((await page.request.get(file)).status()).toBe(404);
    await expectAccessible(page);
  });
}
