import { expect, test } from "@playwright/test";
import { expectAccessible, GIUSEPPE, login, OPERATOR, PAOLO, ROBERTA } from "./fixtures";

test("an operator serves a citizen at the desk: identity checked, consent registered, receipt, all visible to the citizen", async ({ browser }) => {
  const desk = await (await browser.newContext()).newPage();
  await login(desk, OPERATOR.fiscalCode);
  await desk.goto("/operatore");
  await expectAccessible(desk);
  await desk.getByLabel("Codice fiscale dell'assistito allo sportello").fill(GIUSEPPE.fiscalCode);
  await desk.getByRole("button", { name: "Apri la sessione di sportello" }).click();
  await expect(desk.getByText("Scegli il documento di identità controllato.")).toBeVisible();
  await desk.getByLabel("Documento di identità controllato").selectOption({ label: "Carta d'identità elettronica" });
  await desk.getByLabel("Numero del documento").fill("CA12345AB");
  await desk.getByRole("button", { name: "Apri la sessione di sportello" }).click();
  await desk.waitForURL(/\/operatore\/sportello\//);
  await expect(desk.getByRole("heading", { level: 1 })).toHaveText(GIUSEPPE.name);
  await expect(desk.getByText("Carta d'identità elettronica n. …45AB")).toBeVisible();
  await expectAccessible(desk);

  await desk.getByRole("button", { name: "Registra: Consenso alla consultazione per la cura" }).click();
  await expect(desk.getByText("Consenso registrato.")).toBeVisible();
  const receipt = await desk.request.get(`${desk.url()}/ricevuta`);
  expect(receipt.headers()["content-type"]).toBe("application/pdf");
  expect((await receipt.body()).subarray(0, 5).toString()).toBe("%PDF-");

  // A trusted person, registered at the desk, limited to the documents.
  await desk.getByLabel("Codice fiscale del delegato").fill(PAOLO.fiscalCode);
  await desk.getByLabel("Tipo di delega").selectOption({ label: "Persona di fiducia" });
  await desk.getByRole("button", { name: "Registra la delega" }).click();
  await expect(desk.getByText("Indica fino a quando vale la delega.")).toBeVisible();
  await expect(desk.getByLabel("Codice fiscale del delegato")).toHaveValue(PAOLO.fiscalCode);
  const inOneYear = new Date(Date.now() + 365 * 86_400_000).toISOString().slice(0, 10);
  await desk.getByLabel("Valida fino al").fill(inOneYear);
  await desk.getByRole("button", { name: "Registra la delega" }).click();
  await expect(desk.getByText("Delega registrata e attiva.")).toBeVisible();
  // The refused attempt is not an operation: the session and its receipt list what happened, once.
  const operations = desk.getByRole("region", { name: "Operazioni di questa sessione" }).getByRole("listitem");
  await expect(operations.filter({ hasText: "Registrazione di una delega" })).toHaveCount(1);
  await expect(desk.getByRole("region", { name: "Deleghe su questo fascicolo" }).getByRole("listitem").filter({ hasText: PAOLO.name })).toContainText("Attiva");
  await expectAccessible(desk);

  await desk.getByRole("button", { name: "Chiudi la sessione" }).click();
  await desk.waitForURL(/\/operatore$/);

  const citizen = await (await browser.newContext()).newPage();
  await login(citizen, GIUSEPPE.fiscalCode);
  await citizen.goto("/consensi");
  await expect(citizen.getByRole("region", { name: "Storico delle scelte" })).toContainText(`Da ${OPERATOR.name} allo sportello`);
  await citizen.goto("/accessi");
  await expect(citizen.getByRole("table", { name: "Registro degli accessi al fascicolo" })).toContainText("PAS Distretto 1 - Via Canova");
});

test("an operator ends a delegation at the citizen's request, and the session lists it once", async ({ page }) => {
  await login(page, OPERATOR.fiscalCode);
  await page.goto("/operatore");
  await page.getByLabel("Codice fiscale dell'assistito allo sportello").fill(GIUSEPPE.fiscalCode);
  await page.getByLabel("Documento di identità controllato").selectOption({ label: "Passaporto" });
  await page.getByLabel("Numero del documento").fill("YA1234567");
  await page.getByRole("button", { name: "Apri la sessione di sportello" }).click();
  await page.waitForURL(/\/operatore\/sportello\//);
  await page.getByLabel("Codice fiscale del delegato").fill(ROBERTA.fiscalCode);
  await page.getByLabel("Tipo di delega").selectOption({ label: "Persona di fiducia" });
  await page.getByLabel("Valida fino al").fill(new Date(Date.now() + 90 * 86_400_000).toISOString().slice(0, 10));
  await page.getByRole("button", { name: "Registra la delega" }).click();
  await expect(page.getByText("Delega registrata e attiva.")).toBeVisible();

  const delegations = page.getByRole("region", { name: "Deleghe su questo fascicolo" });
  const roberta = delegations.getByRole("listitem").filter({ hasText: ROBERTA.name });
  await expect(roberta).toContainText("Attiva");
  await roberta.getByRole("button", { name: `Termina la delega di ${ROBERTA.name}` }).click();
  await roberta.getByRole("button", { name: "Sì, termina" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Delega terminata." })).toBeFocused();
  await expect(roberta).toContainText("Terminata");
  await expect(roberta.getByRole("button", { name: /Termina/ })).toHaveCount(0);
  const operations = page.getByRole("region", { name: "Operazioni di questa sessione" }).getByRole("listitem");
  await expect(operations.filter({ hasText: "Fine di una delega" })).toHaveCount(1);
  await expectAccessible(page);
});

test("the desk console is closed to people without the operator role", async ({ page }) => {
  await login(page, GIUSEPPE.fiscalCode);
  await page.goto("/operatore");
  await expect(page.getByRole("heading", { name: "Area riservata agli operatori degli sportelli" })).toBeVisible();
});

test("a trusted person sees only what the delegation covers", async ({ page }) => {
  await login(page, PAOLO.fiscalCode);
  await page.goto("/deleghe");
  await page.getByRole("button", { name: `Consulta il fascicolo di ${GIUSEPPE.name}` }).click();
  await page.waitForURL((url) => url.pathname === "/");
  await page.goto("/documenti");
  await expect(page.getByRole("heading", { name: `I documenti di ${GIUSEPPE.name}` })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: `Stai consultando il fascicolo di ${GIUSEPPE.name}` })).toBeVisible();
  // The access log and the consents are outside this delegation's scope, and the page says so.
  await page.goto("/accessi");
  await expect(page.getByText("La delega che hai ricevuto non comprende quest'area del fascicolo.")).toBeVisible();
  await page.goto("/consensi");
  await expect(page.getByText("La delega che hai ricevuto non comprende quest'area del fascicolo.")).toBeVisible();
  await expectAccessible(page);
});
