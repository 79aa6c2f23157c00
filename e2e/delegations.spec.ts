import { expect, test } from "@playwright/test";
import { CARLO, DAVIDE, ELENA, expectAccessible, GIULIA, login, LUCIA, OPERATOR, queryPortalDb, ROBERTA } from "./fixtures";

test("a parent consults a minor child's record, always told whose it is, and never sees P97 documents", async ({ page }) => {
  await login(page, ELENA.fiscalCode);
  await page.goto("/deleghe");
  await expectAccessible(page);
  await page.getByRole("button", { name: `Consulta il fascicolo di ${GIULIA.name}` }).click();
  await page.waitForURL((url) => url.pathname === "/");
  await expect(page.getByRole("status").filter({ hasText: `Stai consultando il fascicolo di ${GIULIA.name}` })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Fascicolo di ${GIULIA.name}`);

  await page.goto("/documenti?tipo=87273-9");
  await expect(page.getByRole("status").filter({ hasText: GIULIA.name })).toBeVisible();
  const vaccinations = queryPortalDb<{ id: string }>("SELECT id FROM Document WHERE patientId = ? AND typeCode = '87273-9' AND status = 'CURRENT'", GIULIA.id);
  expect(vaccinations.length).toBeGreaterThan(0);
  await expect(page.locator(`a[href="/documenti/${vaccinations[0]!.id}"]`)).toBeVisible();
  await expectAccessible(page);

  const [p97] = queryPortalDb<{ id: string }>("SELECT id FROM Document WHERE patientId = ? AND hiddenFromParents = 1", GIULIA.id);
  await page.goto("/documenti");
  await expect(page.locator(`a[href="/documenti/${p97!.id}"]`)).toHaveCount(0);
  await page.goto(`/documenti/${p97!.id}`);
  await expect(page.getByRole("heading", { name: "Pagina non trovata" })).toBeVisible();

  // The parent's consultation is in the child's access log, as a delegate.
  const [row] = queryPortalDb<{ actorRole: string; basis: string }>(
    "SELECT actorRole, basis FROM AccessLogEntry WHERE subjectId = ? AND actorId = ? AND outcome = 'ALLOW' ORDER BY seq DESC LIMIT 1",
    GIULIA.id,
    ELENA.id,
  );
  expect(row).toEqual({ actorRole: "DELEGATE", basis: "DELEGATION" });

  await page.goto("/");
  await page.getByRole("button", { name: "Torna al tuo fascicolo" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Elena");
  await expect(page.getByText("Stai consultando il fascicolo di")).toHaveCount(0);
});

test("parental access ends at the child's 18th birthday", async ({ page }) => {
  await login(page, ROBERTA.fiscalCode);
  await page.goto("/deleghe");
  await expect(page.getByText("Non hai deleghe attive per altre persone.")).toBeVisible();
});

test("a citizen delegates a trusted adult online: the delegate accepts, consults within the scope, and gives it up", async ({ browser }) => {
  const citizen = await (await browser.newContext()).newPage();
  await login(citizen, CARLO.fiscalCode);
  await citizen.goto("/deleghe");
  await expectAccessible(citizen);
  const form = citizen.getByRole("region", { name: "Delega una persona di fiducia" });
  // Bad input is explained next to the field, and what was typed is kept.
  await form.getByLabel("Codice fiscale della persona di fiducia").fill("RSSMRA80A01H501X");
  await form.getByRole("button", { name: "Invia la richiesta di delega" }).click();
  await expect(form.locator("#delegateFiscalCode-error")).toHaveText("Il codice fiscale del delegato non è valido: controlla di averlo scritto bene.");
  await expect(form.getByLabel("Codice fiscale della persona di fiducia")).toHaveValue("RSSMRA80A01H501X");
  await expectAccessible(citizen);

  await form.getByLabel("Codice fiscale della persona di fiducia").fill(LUCIA.fiscalCode);
  const inSixMonths = new Date(Date.now() + 180 * 86_400_000).toISOString().slice(0, 10);
  await form.getByLabel("Valida fino al").fill(inSixMonths);
  await form.getByLabel("Consultare documenti, ricette e altri dati sanitari").check();
  await form.getByRole("button", { name: "Invia la richiesta di delega" }).click();
  await expect(citizen.getByText(`Richiesta inviata a ${LUCIA.name}`)).toBeVisible();
  await citizen.reload();
  await expect(citizen.getByRole("region", { name: "Chi può agire per te" })).toContainText("In attesa di risposta");

  const delegate = await (await browser.newContext()).newPage();
  await login(delegate, LUCIA.fiscalCode);
  await delegate.goto("/deleghe");
  await expectAccessible(delegate);
  await delegate.getByRole("button", { name: `Accetta la delega di ${CARLO.name}` }).click();
  await expect(delegate.getByText("Delega accettata.")).toBeVisible();
  await delegate.reload();
  await delegate.getByRole("button", { name: `Consulta il fascicolo di ${CARLO.name}` }).click();
  await delegate.waitForURL((url) => url.pathname === "/");
  await delegate.goto("/documenti");
  await expect(delegate.getByRole("status").filter({ hasText: `Stai consultando il fascicolo di ${CARLO.name}` })).toBeVisible();
  await expect(delegate.locator('a[href^="/documenti/"]').first()).toBeVisible();
  await delegate.goto("/consensi");
  await expect(delegate.getByText("La delega che hai ricevuto non comprende quest'area del fascicolo.")).toBeVisible();

  await delegate.goto("/deleghe");
  await delegate.getByRole("button", { name: "Rinuncia alla delega" }).click();
  await delegate.getByRole("button", { name: "Sì, rinuncia alla delega" }).click();
  await expect(delegate.getByText("Hai rinunciato alla delega.")).toBeVisible();
  await delegate.goto("/documenti");
  await expect(delegate.getByText("Stai consultando il fascicolo di")).toHaveCount(0);

  // The citizen sees who consulted, and that the delegation is over.
  await citizen.goto("/accessi");
  await expect(citizen.getByRole("table", { name: "Registro degli accessi al fascicolo" })).toContainText(LUCIA.name);
  await citizen.goto("/deleghe");
  await citizen.getByText("Deleghe passate").click();
  await expect(citizen.getByRole("region", { name: "Chi può agire per te" }).getByRole("group")).toContainText(LUCIA.name);
});

test("a parent asks online with a self-certification, the desk confirms, and only then the child's record opens", async ({ browser }) => {
  const [davide] = queryPortalDb<{ fiscalCode: string }>("SELECT fiscalCode FROM Person WHERE id = ?", DAVIDE.id);
  const [giulia] = queryPortalDb<{ fiscalCode: string }>("SELECT fiscalCode FROM Person WHERE id = ?", GIULIA.id);
  const parent = await (await browser.newContext()).newPage();
  await login(parent, davide!.fiscalCode);
  await parent.goto("/deleghe");
  const form = parent.getByRole("region", { name: "Chiedi l'accesso al fascicolo di un figlio minorenne" });
  await form.getByLabel("Codice fiscale del figlio minorenne").fill(giulia!.fiscalCode);
  await form.getByRole("button", { name: "Invia la richiesta" }).click();
  await expect(form.locator("#declaration-error")).toHaveText("Per inviare la richiesta devi sottoscrivere la dichiarazione.");
  await form.getByRole("checkbox").check();
  await form.getByRole("button", { name: "Invia la richiesta" }).click();
  await expect(parent.getByText("Richiesta registrata.", { exact: false })).toBeVisible();
  await parent.reload();
  await expect(parent.getByText("Richieste come genitore in attesa di conferma")).toBeVisible();
  await expect(parent.getByRole("button", { name: `Consulta il fascicolo di ${GIULIA.name}` })).toHaveCount(0);

  const desk = await (await browser.newContext()).newPage();
  await login(desk, OPERATOR.fiscalCode);
  await desk.goto("/operatore");
  await desk.getByLabel("Codice fiscale dell'assistito allo sportello").fill(giulia!.fiscalCode);
  await desk.getByLabel("Documento di identità controllato").selectOption({ label: "Carta d'identità elettronica" });
  await desk.getByLabel("Numero del documento").fill("CA99887KK");
  await desk.getByRole("button", { name: "Apri la sessione di sportello" }).click();
  await desk.waitForURL(/\/operatore\/sportello\//);
  await expect(desk.getByRole("region", { name: "Richieste online di accesso come genitore" })).toContainText(DAVIDE.name);
  await expectAccessible(desk);
  await desk.getByRole("button", { name: `Conferma la richiesta di ${DAVIDE.name}` }).click();
  await expect(desk.getByText("Richiesta confermata", { exact: false })).toBeVisible();
  await desk.reload();
  const steps = desk.getByRole("region", { name: "Operazioni di questa sessione" });
  await expect(steps).toContainText("Conferma");
  const stepReceipt = await steps.getByRole("link", { name: /Ricevuta/ }).last().getAttribute("href");
  const receipt = await desk.request.get(stepReceipt!);
  expect(receipt.headers()["content-type"]).toBe("application/pdf");
  expect((await receipt.body()).subarray(0, 5).toString()).toBe("%PDF-");

  await parent.goto("/deleghe");
  await parent.getByRole("button", { name: `Consulta il fascicolo di ${GIULIA.name}` }).click();
  await parent.waitForURL((url) => url.pathname === "/");
  await expect(parent.getByRole("heading", { level: 1 })).toHaveText(`Fascicolo di ${GIULIA.name}`);
});
