import { expect, test } from "@playwright/test";
import { ANNA, CARLO, DOCTOR, ER_DOCTOR, expectAccessible, login, lookUpPatient, MARCO, MARIO, queryPortalDb } from "./fixtures";

const DENIED = "Non puoi consultare il fascicolo di questo assistito";

test("a professional is denied without consent, allowed once the citizen consents, denied again after revocation", async ({ browser }) => {
  const doctor = await (await browser.newContext()).newPage();
  const citizen = await (await browser.newContext()).newPage();
  await login(doctor, DOCTOR.fiscalCode);
  await lookUpPatient(doctor, ANNA.fiscalCode);
  await expect(doctor.getByText(DENIED)).toBeVisible();
  await expectAccessible(doctor);

  // A valid fiscal code of nobody in the region gets exactly the same answer: nothing hints at what exists.
  await lookUpPatient(doctor, "BNCGNN99A01H501E");
  await expect(doctor.getByText(DENIED)).toBeVisible();
  // A mistyped code is explained next to the field.
  await lookUpPatient(doctor, "RSSMRA80A01H501X");
  await expect(doctor.getByText("Il codice fiscale non è valido")).toBeVisible();

  await login(citizen, ANNA.fiscalCode);
  await citizen.goto("/consensi");
  const care = citizen.getByRole("region", { name: "Consultazione per la tua cura" });
  await care.getByRole("button", { name: "Dai il consenso" }).click();
  await expect(care.getByRole("alert")).toContainText("spunta la casella");
  await care.getByLabel("Ho letto e voglio dare questo consenso").check();
  await care.getByRole("button", { name: "Dai il consenso" }).click();
  await expect(care.getByText("Stato: consenso dato")).toBeVisible();
  await expect(citizen.getByRole("region", { name: "Storico delle scelte" })).toContainText("Consenso dato: consultazione per la cura");
  await expectAccessible(citizen);

  // Effect on the professional's very next request.
  await lookUpPatient(doctor, ANNA.fiscalCode);
  await doctor.waitForURL(/\/professionista\/pazienti\//);
  await expect(doctor.getByRole("heading", { level: 1 })).toHaveText(ANNA.name);
  const patientUrl = doctor.url();
  await expectAccessible(doctor);

  await care.getByLabel("Ho letto e voglio revocare questo consenso").check();
  await care.getByRole("button", { name: "Revoca il consenso" }).click();
  await expect(care.getByText("Stato: consenso revocato")).toBeVisible();
  await doctor.goto(patientUrl);
  await expect(doctor.getByRole("heading", { name: "Pagina non trovata" })).toBeVisible();
});

test("a professional never sees obscured documents, even with consent", async ({ browser }) => {
  const citizen = await (await browser.newContext()).newPage();
  const doctor = await (await browser.newContext()).newPage();
  await login(citizen, MARIO.fiscalCode);
  const [document] = queryPortalDb<{ id: string; title: string }>(
    "SELECT id, title FROM Document WHERE patientId = ? AND status = 'CURRENT' AND obscuredAtSource = 0 AND obscuredByCitizen = 0 AND hiddenFromPatient = 0 AND typeCode = '68604-8' LIMIT 1",
    MARIO.id,
  );
  await citizen.goto(`/documenti/${document!.id}`);
  await citizen.getByText("Oscura questo documento").click();
  await expect(citizen.getByText("Profilo Sanitario Sintetico")).toBeVisible();
  await citizen.getByLabel("Voglio oscurare questo documento").check();
  await citizen.getByRole("button", { name: "Oscura il documento" }).click();
  await expect(citizen.getByText("Hai oscurato questo documento: lo vedi solo tu.")).toBeVisible();

  await login(doctor, DOCTOR.fiscalCode);
  await lookUpPatient(doctor, MARIO.fiscalCode);
  await doctor.waitForURL(/\/professionista\/pazienti\//);
  await doctor.goto(`${doctor.url()}/documenti/${document!.id}`);
  await expect(doctor.getByRole("heading", { name: "Pagina non trovata" })).toBeVisible();

  // Just logged in, so making it visible again needs no second login.
  await citizen.getByText("Rendi di nuovo visibile").click();
  await citizen.getByLabel("Voglio rendere di nuovo visibile questo documento").check();
  await citizen.getByRole("button", { name: "Rendi visibile" }).click();
  await expect(citizen.getByText("Il documento è di nuovo visibile")).toBeVisible();
  await doctor.reload();
  await expect(doctor.getByRole("heading", { level: 1 })).toHaveText(document!.title);
});

test("an emergency access needs a reason, is logged as such and is shown and notified to the citizen", async ({ browser }) => {
  const doctor = await (await browser.newContext()).newPage();
  await login(doctor, ER_DOCTOR.fiscalCode);
  await lookUpPatient(doctor, CARLO.fiscalCode);
  await expect(doctor.getByText(DENIED)).toBeVisible();
  await doctor.getByLabel("Accesso in emergenza").check();
  await doctor.getByRole("button", { name: "Accedi in emergenza" }).click();
  await expect(doctor.getByText("scrivi il motivo")).toBeVisible();
  await lookUpPatient(doctor, CARLO.fiscalCode, "Paziente incosciente giunto in pronto soccorso");
  await doctor.waitForURL(/\/professionista\/pazienti\//);
  await expect(doctor.getByRole("status")).toContainText("Accesso in emergenza");

  const citizen = await (await browser.newContext()).newPage();
  await login(citizen, CARLO.fiscalCode);
  await citizen.goto("/accessi");
  const table = citizen.getByRole("table", { name: "Registro degli accessi al fascicolo" });
  await expect(table).toContainText("Roberto Bruno");
  await expect(table).toContainText("Medico di pronto soccorso, Pronto Soccorso Ospedale Centrale San Luca");
  await expect(table).toContainText("Motivo: Paziente incosciente giunto in pronto soccorso");
  await expectAccessible(citizen);
  await citizen.goto("/notifiche");
  await expect(citizen.getByRole("list", { name: "Elenco delle notifiche" })).toContainText("in emergenza");
  await expectAccessible(citizen);
  const [mail] = queryPortalDb<{ recipient: string; body: string }>("SELECT recipient, body FROM EmailOutbox WHERE recipient = 'carlo.ferrari@example.it'");
  expect(mail!.body).not.toMatch(/pronto soccorso|incosciente/i);
});

test("an emergency form refused for a short reason comes back as it was sent: code, ticked box and reason", async ({ page }) => {
  await login(page, ER_DOCTOR.fiscalCode);
  await page.goto("/professionista");
  await page.getByLabel("Codice fiscale dell'assistito").fill(CARLO.fiscalCode);
  const emergency = page.getByRole("checkbox", { name: /^Accesso in emergenza/ });
  await emergency.check();
  await page.getByLabel("Motivo dell'accesso in emergenza").fill("Urgente");
  await page.getByRole("button", { name: "Accedi in emergenza" }).click();
  await expect(page.getByText("scrivi il motivo (almeno 10 caratteri)")).toBeVisible();
  await expect(emergency).toBeChecked();
  await expect(page.getByLabel("Motivo dell'accesso in emergenza")).toHaveValue("Urgente");
  await expect(page.getByLabel("Codice fiscale dell'assistito")).toHaveValue(CARLO.fiscalCode);
  await expect(page.getByRole("button", { name: "Accedi in emergenza" })).toBeVisible();
  await expectAccessible(page);
  // Unticking after a refusal still hides the reason, as before sending.
  await emergency.uncheck();
  await expect(page.getByLabel("Motivo dell'accesso in emergenza")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Consulta il fascicolo" })).toBeVisible();
});

test("a citizen who just came of age is asked to review the consents given by their parents first", async ({ page }) => {
  await login(page, MARCO.fiscalCode);
  await expect(page).toHaveURL(/\/consensi\?revisione=1/);
  await expect(page.getByRole("heading", { name: "Sei maggiorenne: rivedi le scelte fatte dai tuoi genitori" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Storico delle scelte" })).toContainText("Da Roberta Colombo");
  await expectAccessible(page);
  await page.getByLabel("Confermo come mie le scelte attuali").check();
  await page.getByRole("button", { name: "Conferma le scelte attuali" }).click();
  await expect(page.getByText("Hai confermato le tue scelte")).toBeVisible();
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Marco");
});

test("the professional area is closed to people without the role", async ({ page }) => {
  await login(page, ANNA.fiscalCode);
  await page.goto("/professionista");
  await expect(page.getByRole("heading", { name: "Area riservata ai professionisti sanitari" })).toBeVisible();
});
