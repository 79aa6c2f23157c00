import path from "node:path";
import Database from "better-sqlite3";
import { expect, test, type Page } from "@playwright/test";
import { DOCTOR, expectAccessible, GIOVANNI, login, loginHere, MARIO, queryPortalDb, SOFIA } from "./fixtures";

// What a citizen meets around the record itself: whose record a page is about while acting for a child,
// the first access, a missing page, and a link followed while logged out.

const banner = (page: Page) => page.getByRole("status").filter({ hasText: `Stai consultando il fascicolo di ${SOFIA.name}` });

/** Wording that speaks to the reader about their own record: never right on a page of someone else's. */
const OWN_RECORD_WORDING = /\b(il tuo fascicolo|i tuoi documenti|i tuoi referti|i tuoi consensi|la tua cura|la tua salute|le tue note|ti segue)\b/i;

test("a parent consulting a child's record: every page names the child or says it is the parent's own, and each change lands on the person the page shows", async ({ page }) => {
  test.setTimeout(180_000);
  await login(page, MARIO.fiscalCode);
  await page.goto("/deleghe");
  await page.getByRole("button", { name: `Consulta il fascicolo di ${SOFIA.name}` }).click();
  await page.waitForURL((url) => url.pathname === "/");

  const recordPages: [string, string | RegExp][] = [
    ["/", `Fascicolo di ${SOFIA.name}`],
    ["/documenti", `I documenti di ${SOFIA.name}`],
    ["/accessi", `Chi ha consultato il fascicolo di ${SOFIA.name}`],
    ["/esami", `Andamento degli esami di ${SOFIA.name}`],
    ["/ricette", `Ricette di ${SOFIA.name}`],
    ["/vaccinazioni", `Vaccinazioni di ${SOFIA.name}`],
    ["/esenzioni", `Esenzioni di ${SOFIA.name}`],
    ["/prenotazioni", `Prenotazioni di ${SOFIA.name}`],
    ["/presa-in-carico", `Percorso di cura di ${SOFIA.name}`],
    ["/taccuino", `Taccuino di ${SOFIA.name}`],
    ["/consensi", `Consensi di ${SOFIA.name}`],
  ];
  for (const [path, heading] of recordPages) {
    await page.goto(path);
    await expect(banner(page), path).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 }), path).toHaveText(heading);
    expect(await page.locator("main").innerText(), path).not.toMatch(OWN_RECORD_WORDING);
    await expectAccessible(page);
  }

  // The home page keeps the parent's own pages apart, saying they are theirs.
  await page.goto("/");
  await expect(page.getByRole("region", { name: `Il fascicolo di ${SOFIA.name}` }).getByRole("link", { name: "Profilo", exact: true })).toHaveCount(0);
  await expect(page.getByRole("region", { name: "Le tue pagine" })).toContainText(`Riguardano te, non ${SOFIA.name}`);

  // A document and the Patient Summary say whose they are; the parent cannot obscure the child's documents.
  await page.goto("/documenti");
  await page.locator('main a[href^="/documenti/"]').first().click();
  await expect(page.getByText(`Documento del fascicolo di ${SOFIA.name}.`)).toBeVisible();
  await expect(page.getByRole("link", { name: `Tutti i documenti di ${SOFIA.name}` })).toBeVisible();
  await expect(page.getByRole("button", { name: /Oscura/ })).toHaveCount(0);
  await expectAccessible(page);
  await page.goto("/profilo-sanitario");
  await expect(page.locator("main")).toContainText(SOFIA.name);
  expect(await page.locator("main").innerText()).not.toMatch(OWN_RECORD_WORDING);

  // The parent's own pages say so, with the way back to the child's record and the banner's to their own.
  const personalPages: [string, string][] = [
    ["/profilo", `Il tuo profilo, ${MARIO.name}`],
    ["/notifiche", `Le tue notifiche, ${MARIO.name}`],
    ["/deleghe", `Le tue deleghe, ${MARIO.name}`],
  ];
  for (const [path, heading] of personalPages) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 }), path).toHaveText(heading);
    await expect(page.getByText(`Questa pagina riguarda te, ${MARIO.name}, non ${SOFIA.name}.`), path).toBeVisible();
    await expect(page.getByRole("link", { name: `Torna al fascicolo di ${SOFIA.name}` }), path).toBeVisible();
    await expect(page.getByRole("button", { name: "Torna al tuo fascicolo" }), path).toBeVisible();
    await expectAccessible(page);
  }
  await page.goto("/profilo");
  await expect(page.getByText("mario.rossi@example.it (confermato)")).toBeVisible();
  await page.goto("/deleghe");
  await expect(page.getByText("Lo stai consultando ora")).toBeVisible();

  // A consent changed on the child's consents page is the child's, and only the child's.
  const consentEvents = (subjectId: string) => queryPortalDb<{ n: number }>("SELECT COUNT(*) AS n FROM ConsentEvent WHERE subjectId = ?", subjectId)[0]!.n;
  const marioConsents = consentEvents(MARIO.id);
  const sofiaConsents = consentEvents(SOFIA.id);
  await page.goto("/consensi");
  const emergency = page.getByRole("region", { name: `Consultazione in emergenza del fascicolo di ${SOFIA.name}` });
  const granted = (await emergency.getByTestId("stato-EMERGENCY").innerText()).includes("consenso dato");
  await emergency.getByRole("checkbox").check();
  await emergency.getByRole("button", { name: granted ? "Revoca il consenso" : "Dai il consenso" }).click();
  await expect(emergency.getByRole("status")).toHaveText(granted ? "Consenso revocato. Vale da subito." : "Consenso registrato. Vale da subito.");
  const [latest] = queryPortalDb<{ subjectId: string; actorId: string; actorRole: string; granted: number }>(
    "SELECT subjectId, actorId, actorRole, granted FROM ConsentEvent WHERE kind = 'EMERGENCY' AND actorId = ? ORDER BY at DESC LIMIT 1",
    MARIO.id,
  );
  expect(latest).toEqual({ subjectId: SOFIA.id, actorId: MARIO.id, actorRole: "DELEGATE", granted: granted ? 0 : 1 });
  expect(consentEvents(SOFIA.id)).toBe(sofiaConsents + 1);
  expect(consentEvents(MARIO.id)).toBe(marioConsents);
  // Put the child's choice back as it was.
  await page.reload();
  await emergency.getByRole("checkbox").check();
  await emergency.getByRole("button", { name: granted ? "Dai il consenso" : "Revoca il consenso" }).click();
  await expect(emergency.getByRole("status")).toBeVisible();
  expect(consentEvents(MARIO.id)).toBe(marioConsents);

  // The notification setting on the parent's profile is the parent's.
  const notifications = () => queryPortalDb<{ id: string; notificationsEnabled: number }>("SELECT id, notificationsEnabled FROM Person WHERE id IN (?, ?) ORDER BY id", MARIO.id, SOFIA.id);
  const before = notifications();
  await page.goto("/profilo");
  await page.getByRole("button", { name: "Disattiva le notifiche" }).click();
  await expect(page.getByText("Notifiche disattivate.")).toBeVisible();
  expect(notifications()).toEqual(before.map((row) => (row.id === MARIO.id ? { ...row, notificationsEnabled: 0 } : row)));
  await page.reload();
  await page.getByRole("button", { name: "Attiva le notifiche" }).click();
  await expect(page.getByText("Notifiche attivate.")).toBeVisible();
  expect(notifications()).toEqual(before);

  // A trusted person named from the delegations page is the parent's delegate, and the parent ends it there.
  await page.goto("/deleghe");
  const form = page.getByRole("region", { name: "Delega una persona di fiducia" });
  await form.getByLabel("Codice fiscale della persona di fiducia").fill(GIOVANNI.fiscalCode);
  await form.getByLabel("Valida fino al").fill(new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10));
  await form.getByLabel("Consultare documenti, ricette e altri dati sanitari").check();
  await form.getByRole("button", { name: "Invia la richiesta di delega" }).click();
  await expect(page.getByText(`Richiesta inviata a ${GIOVANNI.name}`)).toBeVisible();
  const given = () => queryPortalDb<{ subjectId: string; status: string }>("SELECT subjectId, status FROM Delegation WHERE delegateId = ? AND kind = 'TRUSTED'", GIOVANNI.id);
  expect(given()).toEqual([{ subjectId: MARIO.id, status: "PENDING" }]);
  await page.reload();
  const mine = page.getByRole("region", { name: "Chi può agire per te" });
  await mine.getByRole("button", { name: `Termina la delega di ${GIOVANNI.name}` }).click();
  await mine.getByRole("button", { name: "Sì, termina la delega" }).click();
  await expect(page.getByText("Delega terminata", { exact: false })).toBeVisible();
  expect(given()).toEqual([{ subjectId: MARIO.id, status: "REVOKED" }]);
  await expect(banner(page)).toBeVisible();
});

test("first access is enforced on every page: straight to the documents after the first login lands on the welcome page", async ({ page }) => {
  const [teresa] = queryPortalDb<{ fiscalCode: string }>("SELECT fiscalCode FROM Person WHERE id = 'demo-teresa'");
  // Another spec may have completed Teresa's first access in this run: make it her first again.
  const database = new Database(path.join(process.env.E2E_DATA_DIR!, "fascicolo.db"));
  try {
    database.prepare("UPDATE Person SET firstAccessAt = NULL WHERE id = 'demo-teresa'").run();
  } finally {
    database.close();
  }
  // A link followed before logging in leads to the first access too.
  await page.goto("/documenti");
  await loginHere(page, teresa!.fiscalCode);
  await page.waitForURL(/\/benvenuto$/);
  for (const path of ["/documenti", "/ricette", "/accessi", "/profilo", "/deleghe", "/documenti/qualsiasi"]) {
    await page.goto(path);
    await expect(page, path).toHaveURL(/\/benvenuto$/);
  }
  await expect(page.getByRole("heading", { level: 1, name: "Ti diamo il benvenuto nel Fascicolo" })).toBeVisible();
  // The pages the welcome page links to stay open.
  await page.locator("main").getByRole("link", { name: "Consensi", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "I tuoi consensi" })).toBeVisible();
  await page.goto("/privacy");
  await expect(page).toHaveURL(/\/privacy$/);
  expect(queryPortalDb<{ firstAccessAt: string | null }>("SELECT firstAccessAt FROM Person WHERE id = 'demo-teresa'")[0]!.firstAccessAt).toBeNull();
});

test("a missing page inside the citizen area has one header and one language switch", async ({ page }) => {
  await login(page, MARIO.fiscalCode);
  for (const path of ["/documenti/non-esiste", "/esami/0000-0", "/pagina-che-non-esiste"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1, name: "Pagina non trovata" }), path).toBeVisible();
    await expect(page.locator("header"), path).toHaveCount(1);
    await expect(page.locator("main"), path).toHaveCount(1);
    await expect(page.getByRole("button", { name: "English version" }), path).toHaveCount(1);
    await expect(page.getByLabel("Utente collegato"), path).toHaveText(MARIO.name);
    await expectAccessible(page);
  }
  await page.getByRole("button", { name: "Esci" }).click();
  await page.waitForURL(/uscita=1/);
  await page.goto("/pagina-che-non-esiste");
  await expect(page.locator("header")).toHaveCount(1);
  await expect(page.getByRole("button", { name: "English version" })).toHaveCount(1);

  await login(page, DOCTOR.fiscalCode);
  await page.goto("/professionista/pazienti/non-esiste");
  await expect(page.getByRole("heading", { level: 1, name: "Pagina non trovata" })).toBeVisible();
  await expect(page.locator("header")).toHaveCount(1);
  await expect(page.locator("main")).toHaveCount(1);
});

test("a link followed while logged out asks to log in, without talk of a closed session, and then opens the page asked for", async ({ page }) => {
  await page.goto("/ricette");
  await expect(page).toHaveURL(/\/accedi\?callbackUrl=%2Fricette$/);
  await expect(page.getByText("la sessione è stata chiusa")).toHaveCount(0);
  await expect(page.getByRole("status")).toHaveText("Accedi per continuare: poi si apre la pagina che hai chiesto.");
  await expectAccessible(page);
  await loginHere(page, MARIO.fiscalCode);
  await expect(page).toHaveURL(/:3100\/ricette$/);
  await expect(page.getByRole("heading", { level: 1, name: "Ricette" })).toBeVisible();
});

test("a session that really ended says so, and the way back keeps the page and its filters; other sites are never a way back", async ({ page, context }) => {
  await login(page, MARIO.fiscalCode);
  const cookies = await context.cookies();
  await page.getByRole("button", { name: "Esci" }).click();
  await page.waitForURL(/uscita=1/);
  // The old cookie still comes with the request, but its session is over.
  await context.addCookies(cookies);
  await page.goto("/documenti?tipo=11502-2");
  await expect(page.getByRole("status")).toContainText("Per proteggere i tuoi dati la sessione è stata chiusa.");
  await loginHere(page, MARIO.fiscalCode);
  await expect(page).toHaveURL(/:3100\/documenti\?tipo=11502-2$/);

  await page.getByRole("button", { name: "Esci" }).click();
  await page.waitForURL(/uscita=1/);
  for (const target of ["//evil.example/", "https://evil.example/", "/\\evil.example"]) {
    await page.goto(`/accedi?callbackUrl=${encodeURIComponent(target)}`);
    await expect(page.getByRole("status")).toHaveCount(0);
  }
  await loginHere(page, MARIO.fiscalCode);
  await expect(page).toHaveURL(/^http:\/\/localhost:3100\/$/);
});
