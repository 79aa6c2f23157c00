import { expect, test } from "@playwright/test";
import { DOCTOR, ELENA, expectAccessible, GIOVANNI, GIULIA, login, lookUpPatient, LUCIA, MARIO, queryPortalDb } from "./fixtures";

test("prescriptions: newest first, filters by kind and status, and the promemoria PDF", async ({ page }) => {
  await login(page, MARIO.fiscalCode);
  await page.getByRole("link", { name: "Ricette", exact: true }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Ricette" })).toBeVisible();
  const list = page.getByRole("region", { name: "Elenco delle ricette" });
  const [newest] = queryPortalDb<{ nre: string }>("SELECT nre FROM Prescription WHERE patientId = ? ORDER BY issuedAt DESC LIMIT 1", MARIO.id);
  await expect(list.getByRole("article").first()).toContainText(newest!.nre);
  await expectAccessible(page);

  await page.getByLabel("Tipo").selectOption({ label: "Visite ed esami" });
  await page.getByLabel("Stato").selectOption({ label: "Da utilizzare" });
  await page.getByRole("button", { name: "Filtra" }).click();
  await expect(page).toHaveURL(/tipo=specialistica/);
  const articles = list.getByRole("article");
  await expect(articles.first()).toContainText("Visite ed esami");
  for (const text of await articles.allTextContents()) expect(text).toContain("Da utilizzare");

  const href = await list.getByRole("link", { name: /Scarica il promemoria/ }).first().getAttribute("href");
  const pdf = await page.request.get(href!);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect(pdf.headers()["cache-control"]).toContain("no-store");
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");

  // A wrong filter in the address is explained, the list still shows.
  await page.goto("/ricette?stato=sconosciuto");
  await expect(page.getByText("Stato della ricetta non riconosciuto.").first()).toBeVisible();
  await expect(list.getByRole("article").first()).toBeVisible();
  await expectAccessible(page);

  // Someone else's promemoria does not exist for this person.
  const [other] = queryPortalDb<{ id: string }>("SELECT id FROM Prescription WHERE patientId <> ? LIMIT 1", MARIO.id);
  expect((await page.request.get(`/ricette/${other!.id}/promemoria`)).status()).toBe(404);
});

test("a parent sees the prescriptions of a minor child", async ({ page }) => {
  await login(page, ELENA.fiscalCode);
  await page.goto("/deleghe");
  await page.getByRole("button", { name: `Consulta il fascicolo di ${GIULIA.name}` }).click();
  await page.waitForURL((url) => url.pathname === "/");
  await page.goto("/ricette");
  await expect(page.getByRole("status").filter({ hasText: `Stai consultando il fascicolo di ${GIULIA.name}` })).toBeVisible();
  const [childs] = queryPortalDb<{ nre: string }>("SELECT nre FROM Prescription WHERE patientId = ? ORDER BY issuedAt DESC LIMIT 1", GIULIA.id);
  await expect(page.getByRole("region", { name: "Elenco delle ricette" })).toContainText(childs!.nre);
  await expectAccessible(page);
});

test("vaccinations: a parent opens a child's history from their own page, with the certificate", async ({ page }) => {
  await login(page, ELENA.fiscalCode);
  await page.goto("/vaccinazioni");
  await expectAccessible(page);
  await page.getByRole("button", { name: `Vaccinazioni di ${GIULIA.name}` }).click();
  await page.waitForURL((url) => url.pathname === "/vaccinazioni");
  await expect(page.getByRole("status").filter({ hasText: `Stai consultando il fascicolo di ${GIULIA.name}` })).toBeVisible();
  const expected = queryPortalDb<{ vaccineName: string; lot: string }>(
    "SELECT v.vaccineName, v.lot FROM Vaccination v JOIN Document d ON d.id = v.documentId WHERE v.patientId = ? AND d.hiddenFromParents = 0 AND d.obscuredAtSource = 0 AND d.obscuredByCitizen = 0 AND d.heightenedProtection = 0 AND d.hiddenFromPatient = 0",
    GIULIA.id,
  );
  expect(expected.length).toBeGreaterThan(0);
  const table = page.getByRole("table", { name: "Vaccinazioni, dalla più recente" });
  await expect(table.getByRole("row")).toHaveCount(expected.length + 1);
  await expect(table).toContainText(expected[0]!.lot);
  await expectAccessible(page);
  const certificate = await page.request.get("/vaccinazioni/certificato?scarica=1");
  expect(certificate.headers()["content-type"]).toBe("application/pdf");
  expect(certificate.headers()["content-disposition"]).toContain("attachment");
});

test("exemptions: a refused self-certification is explained, an accepted one has a receipt and can be revoked", async ({ page }) => {
  await login(page, GIOVANNI.fiscalCode);
  await page.goto("/esenzioni");
  const current = page.getByRole("region", { name: "Esenzioni valide oggi" });
  await expect(current).toContainText("Diabete mellito");
  await expectAccessible(page);

  const form = page.getByRole("region", { name: "Autocertifica un'esenzione per reddito" });
  await form.getByRole("radio", { name: /^E04/ }).check();
  await form.getByRole("radio", { name: "Per il titolare della prestazione" }).check();
  await form.getByRole("group", { name: "Il titolare riceve la pensione al minimo?" }).getByRole("radio", { name: "Sì" }).check();
  await form.getByLabel(/Reddito complessivo del nucleo familiare fiscale/).fill("12.000,00");
  await form.getByRole("group", { name: "Nel nucleo familiare fiscale c'è il coniuge?" }).getByRole("radio", { name: "No" }).check();
  await form.getByRole("checkbox").check();
  await form.getByRole("button", { name: "Invia l'autocertificazione" }).click();
  await expect(form.getByRole("alert").filter({ hasText: "non può essere autocertificata" })).toContainText("deve essere inferiore a € 8.263,31");
  await expect(form.getByLabel(/Reddito complessivo/)).toHaveValue("12.000,00");
  await expectAccessible(page);

  await form.getByLabel(/Reddito complessivo/).fill("7.900");
  await form.getByRole("checkbox").check();
  await form.getByRole("button", { name: "Invia l'autocertificazione" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Esenzione E04 registrata" })).toBeFocused();
  await expect(current).toContainText("Autocertificazione online");
  // Valid from today, as the form promised, not from the 1 April the yearly period starts on.
  const today = new Intl.DateTimeFormat("it-IT", { timeZone: "Europe/Rome", day: "numeric", month: "long", year: "numeric" }).format(new Date());
  await expect(current.getByRole("listitem").filter({ hasText: "Autocertificazione online" })).toContainText(`dal ${today} al 31 marzo`);
  const receipt = await page.request.get((await current.getByRole("link", { name: /Scarica la ricevuta/ }).first().getAttribute("href"))!);
  expect(receipt.headers()["content-type"]).toBe("application/pdf");

  await current.getByRole("button", { name: "Revoca l'esenzione E04" }).click();
  await current.getByRole("button", { name: "Sì, revoca" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Autocertificazione revocata: da ora" })).toBeFocused();
  await expect(page.getByRole("region", { name: "Esenzioni scadute o revocate" })).toContainText("Autocertificazione revocata");
  await expect(page.getByText("Esenzione E04 registrata", { exact: false })).toHaveCount(0);
  await expectAccessible(page);
});

test("exemptions: codes the record's age rules out are not offered, with the reason; an error goes when another code is chosen", async ({ page }) => {
  await login(page, MARIO.fiscalCode);
  await page.goto("/esenzioni");
  const form = page.getByRole("region", { name: "Autocertifica un'esenzione per reddito" });
  const codes = form.getByRole("group", { name: "Quale esenzione" });
  await expect(codes.getByRole("radio")).toHaveCount(3);
  await expect(codes.getByRole("radio", { name: /^E01/ })).toHaveCount(0);
  await expect(form).toContainText(`Non ti proponiamo l'esenzione E01: spetta a chi ha meno di 6 anni o almeno 65, e secondo il fascicolo hai ${new Date().getFullYear() - 1980} anni.`);
  await codes.getByRole("radio", { name: /^E04/ }).check();
  await form.getByRole("button", { name: "Invia l'autocertificazione" }).click();
  await expect(form.getByRole("alert", { name: "Controlla i dati inseriti" })).toBeVisible();
  await expectAccessible(page);
  await codes.getByRole("radio", { name: /^E03/ }).check();
  await expect(form.getByRole("alert")).toHaveCount(0);
  await expect(form.locator("[aria-invalid=true]")).toHaveCount(0);
  await expectAccessible(page);
  // A 74-year-old is offered E01.
  await page.context().clearCookies();
  await login(page, GIOVANNI.fiscalCode);
  await page.goto("/esenzioni");
  await expect(page.getByRole("group", { name: "Quale esenzione" }).getByRole("radio", { name: /^E01/ })).toHaveCount(1);
});

test("lab trends: from a lab result to its values over time, chart and table, out-of-range marked", async ({ page }) => {
  await login(page, GIOVANNI.fiscalCode);
  const [report] = queryPortalDb<{ id: string }>(
    "SELECT d.id FROM Document d JOIN LabObservation o ON o.documentId = d.id WHERE d.patientId = ? AND o.loinc = '2345-7' ORDER BY d.clinicalDate DESC LIMIT 1",
    GIOVANNI.id,
  );
  await page.goto(`/documenti/${report!.id}`);
  await page.getByRole("link", { name: /Glucosio.*andamento nel tempo/ }).click();
  await page.waitForURL(/\/esami\/2345-7$/);
  const values = queryPortalDb<{ n: number; outside: number }>("SELECT COUNT(*) n, SUM(outOfRange) outside FROM LabObservation WHERE patientId = ? AND loinc = '2345-7'", GIOVANNI.id)[0]!;
  const yearAgo = new Date();
  yearAgo.setFullYear(yearAgo.getFullYear() - 1);
  const lastYear = queryPortalDb<{ at: number | string }>("SELECT observedAt AS at FROM LabObservation WHERE patientId = ? AND loinc = '2345-7'", GIOVANNI.id)
    .filter((row) => (typeof row.at === "number" ? row.at : Date.parse(row.at)) >= yearAgo.getTime()).length;
  expect(values.n).toBeGreaterThan(200);
  await expect(page.getByRole("img", { name: /Glucosio: andamento nel tempo/ })).toBeVisible();
  // Hundreds of values open on the last three years, summarised, and listed twenty at a time.
  const periods = page.getByRole("navigation", { name: "Periodo da mostrare" });
  await expect(periods.getByRole("link", { name: "Ultimi 3 anni" })).toHaveAttribute("aria-current", "page");
  const table = page.getByRole("table", { name: /Valori di Glucosio/ });
  await expect(table.getByRole("row")).toHaveCount(21);
  await expectAccessible(page);

  await periods.getByRole("link", { name: "Tutto" }).click();
  await expect(periods.getByRole("link", { name: "Tutto" })).toHaveAttribute("aria-current", "page");
  const summary = page.getByRole("region", { name: "In sintesi" });
  await expect(summary).toContainText(`${values.outside} su ${values.n}`);
  const pages = page.getByRole("navigation", { name: "Pagine dei valori" });
  await expect(pages).toContainText(`Pagina 1 di ${Math.ceil(values.n / 20)}`);
  await pages.getByRole("link", { name: "Meno recenti →" }).click();
  await expect(pages).toContainText(`Pagina 2 di ${Math.ceil(values.n / 20)}`);
  await expect(table.getByRole("row")).toHaveCount(21);
  await expectAccessible(page);

  await periods.getByRole("link", { name: "Ultimo anno" }).click();
  await expect(summary).toContainText(` su ${lastYear}`);
  await page.getByRole("link", { name: "← Tutti gli esami" }).click();
  await expect(page.getByRole("link", { name: "Glucosio" })).toBeVisible();
  await expectAccessible(page);
});

test("the Patient Summary reads as a page, with the PDF, and says it can be obscured separately", async ({ page }) => {
  await login(page, MARIO.fiscalCode);
  await page.locator(`a[href="/profilo-sanitario"]`).click();
  await expect(page.getByRole("heading", { level: 1, name: "Profilo sanitario sintetico" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Allergie e intolleranze" })).toBeVisible();
  await expect(page.getByText("puoi oscurare anche il profilo", { exact: false })).toBeVisible();
  await expect(page.getByRole("link", { name: "Scarica il PDF" })).toBeVisible();
  await expectAccessible(page);
});

test("bookings: book a visit from a specialist prescription, add it to the calendar, cancel it", async ({ page }) => {
  await login(page, MARIO.fiscalCode);
  await page.goto("/prenotazioni");
  await expectAccessible(page);
  const toBook = page.getByRole("region", { name: "Ricette da prenotare" });
  await toBook.getByRole("link", { name: /Scegli data e ora/ }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Prenota una visita o un esame" })).toBeVisible();
  // Confirming without a choice is explained, nothing is booked.
  await page.getByRole("button", { name: "Prenota" }).click();
  await expect(page.locator("#slotId-error")).toHaveText("Scegli un giorno e un orario.");
  await expectAccessible(page);
  await page.getByRole("radio").first().check();
  await page.getByRole("button", { name: "Prenota" }).click();
  await page.waitForURL(/\/prenotazioni\?prenotata=PR/);
  const code = new URL(page.url()).searchParams.get("prenotata")!;
  await expect(page.getByRole("status").filter({ hasText: `Il codice è ${code}` })).toBeVisible();
  const upcoming = page.getByRole("region", { name: "Prossimi appuntamenti" });
  const article = upcoming.getByRole("article").filter({ hasText: code });
  await expect(article).toContainText("Come prepararti");
  const ics = await page.request.get((await article.getByRole("link", { name: /Aggiungi al calendario/ }).getAttribute("href"))!);
  expect(ics.headers()["content-type"]).toContain("text/calendar");
  expect(await ics.text()).toContain("BEGIN:VEVENT");

  await article.getByRole("button", { name: /^Disdici/ }).click();
  await article.getByRole("button", { name: "Sì, disdici" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Appuntamento disdetto" })).toBeFocused();
  await expect(page.getByRole("region", { name: "Appuntamenti passati e disdetti" })).toContainText(code);
  const [row] = queryPortalDb<{ status: string; slotTaken: number }>(
    "SELECT a.status, (SELECT COUNT(*) FROM Slot s WHERE s.appointmentId = a.id) slotTaken FROM Appointment a WHERE a.bookingCode = ?",
    code,
  );
  expect(row).toEqual({ status: "CANCELLED", slotTaken: 0 });
});

test("care pathway: who manages the plan, and each planned visit and test with its status", async ({ page }) => {
  await login(page, GIOVANNI.fiscalCode);
  await page.locator(`a[href="/presa-in-carico"]`).click();
  const plan = page.getByRole("region", { name: "Diabete mellito di tipo 2 con ipertensione arteriosa" });
  await expect(plan).toContainText("Dott.ssa Chiara Lombardo");
  await expect(plan.getByText("In ritardo")).toHaveCount(1);
  await expect(plan.getByText("Prenotato")).toHaveCount(2);
  await expectAccessible(page);
});

test("notebook: add a note with a photo, refuse a fake file, filter by label, share and unshare", async ({ page }) => {
  const png = Buffer.from("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f00f0005040201a5c6a1f90000000049454e44ae426082", "hex");
  await login(page, MARIO.fiscalCode);
  await page.goto("/taccuino");
  await expectAccessible(page);
  const add = page.getByRole("region", { name: "Aggiungi" });
  await add.getByLabel("Titolo").fill("Foto della dieta");
  await add.getByLabel("Etichette (facoltative)").fill("dieta, cuore");
  await add.getByLabel("File (facoltativo)").setInputFiles({ name: "dieta.pdf", mimeType: "application/pdf", buffer: Buffer.from("non sono un pdf") });
  await add.getByRole("button", { name: "Aggiungi al taccuino" }).click();
  await expect(add.locator("#file-error")).toContainText("solo file PDF, JPEG o PNG");
  await expect(add.getByLabel("Titolo")).toHaveValue("Foto della dieta");
  await expectAccessible(page);

  await add.getByLabel("File (facoltativo)").setInputFiles({ name: "dieta.png", mimeType: "image/png", buffer: png });
  await add.getByRole("button", { name: "Aggiungi al taccuino" }).click();
  await expect(add.getByText("Aggiunto al taccuino.")).toBeVisible();
  const notes = page.getByRole("region", { name: "Le tue note" });
  const entry = notes.getByRole("article").filter({ hasText: "Foto della dieta" });
  await expect(entry).toContainText("visibile solo a te");
  const file = await page.request.get((await entry.getByRole("link", { name: "Apri dieta.png" }).getAttribute("href"))!);
  expect(file.headers()["content-type"]).toBe("image/png");
  expect(Buffer.compare(await file.body(), png)).toBe(0);

  await page.getByRole("navigation", { name: "Filtra per etichetta" }).getByRole("link", { name: "dieta" }).click();
  await expect(page.getByRole("heading", { name: "Note con l'etichetta «dieta»" })).toBeVisible();
  await expect(page.getByRole("article")).toHaveCount(1);

  await page.getByRole("article").filter({ hasText: "Foto della dieta" }).getByRole("button", { name: /Mostra ai professionisti/ }).click();
  await expect(page.getByRole("status").filter({ hasText: "Ora i professionisti" })).toBeFocused();
  await expect(page.getByRole("article").filter({ hasText: "Foto della dieta" })).toContainText("visibile ai professionisti");
  await expect(page.getByRole("article").filter({ hasText: "Foto della dieta" }).getByRole("button", { name: /Rendi privata/ })).toBeVisible();
});

test("first access: the privacy notice, a confirmed e-mail, the current choices and their summary, then the record", async ({ page }) => {
  const [teresa] = queryPortalDb<{ fiscalCode: string }>("SELECT fiscalCode FROM Person WHERE id = 'demo-teresa'");
  await login(page, teresa!.fiscalCode);
  await page.goto("/");
  await page.waitForURL(/\/benvenuto$/);
  await expect(page.getByRole("heading", { level: 1, name: "Ti diamo il benvenuto nel Fascicolo" })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel("Aggiungi indirizzo e-mail").fill("non-una-mail");
  await page.getByRole("button", { name: "Invia il codice di conferma" }).first().click();
  await expect(page.locator("#contatto-EMAIL-error")).toContainText("indirizzo e-mail valido");
  await page.getByLabel("Aggiungi indirizzo e-mail").fill("teresa.fontana@example.it");
  await page.getByRole("button", { name: "Invia il codice di conferma" }).first().click();
  await expect(page.getByText("Ti abbiamo inviato un codice di 6 cifre all'indirizzo teresa.fontana@example.it", { exact: false })).toBeVisible();
  const [mail] = queryPortalDb<{ body: string }>("SELECT body FROM EmailOutbox WHERE recipient = 'teresa.fontana@example.it' ORDER BY createdAt DESC LIMIT 1");
  const code = /(\d{6})/.exec(mail!.body)![1]!;
  await page.getByLabel("Codice ricevuto su teresa.fontana@example.it").fill(code);
  await page.getByRole("button", { name: "Conferma", exact: true }).click();
  await expect(page.getByText("Contatto confermato", { exact: false })).toBeVisible();
  await expect(page.getByText("teresa.fontana@example.it (confermato)")).toBeVisible();

  await expect(page.getByRole("region", { name: "3. Le tue scelte di oggi" })).toContainText("Consenso alla consultazione per la cura");
  const summary = await page.request.get("/profilo/riepilogo?scarica=1");
  expect(summary.headers()["content-type"]).toBe("application/pdf");
  await expectAccessible(page);

  await page.getByRole("button", { name: "Ho letto: entra nel Fascicolo" }).click();
  await page.waitForURL((url) => url.pathname === "/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Teresa");
  await page.goto("/");
  await expect(page).toHaveURL(/\/$/);
});

test("profile: contacts on file and the summary of choices, reachable from the home page", async ({ page }) => {
  await login(page, MARIO.fiscalCode);
  await page.locator(`a[href="/profilo"]`).click();
  await expect(page.getByRole("heading", { level: 1, name: "Profilo" })).toBeVisible();
  await expect(page.getByText("mario.rossi@example.it (confermato)")).toBeVisible();
  await page.getByLabel("Aggiungi numero di cellulare").fill("06 555 1234");
  await page.getByRole("button", { name: "Invia il codice di conferma" }).nth(1).click();
  await expect(page.locator("#contatto-SMS-error")).toContainText("cellulare italiano");
  await expectAccessible(page);
});

test("a professional with consent sees the notebook entries the citizen shared, and only those", async ({ page }) => {
  await login(page, DOCTOR.fiscalCode);
  await lookUpPatient(page, MARIO.fiscalCode);
  const shared = page.getByRole("region", { name: "Note condivise dall'assistito" });
  await expect(shared).toContainText("Pressione del mattino");
  await expect(shared).not.toContainText("Domande per la visita cardiologica");
  await expectAccessible(page);
});

test("notebook: a file too large is refused before sending, an upload shows its progress, a note can be changed", async ({ page }) => {
  const png = Buffer.from("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f00f0005040201a5c6a1f90000000049454e44ae426082", "hex");
  await login(page, LUCIA.fiscalCode);
  await page.goto("/taccuino");
  const add = page.getByRole("region", { name: "Aggiungi" });
  const posts: string[] = [];
  page.on("request", (request) => {
    if (request.method() === "POST") posts.push(request.url());
  });
  await add.getByLabel("Titolo").fill("Ecografia privata");
  await add.getByLabel("File (facoltativo)").setInputFiles({ name: "ecografia.pdf", mimeType: "application/pdf", buffer: Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(5 * 1024 * 1024)]) });
  await add.getByRole("button", { name: "Aggiungi al taccuino" }).click();
  await expect(add.locator("#file-error")).toContainText("Il file è troppo grande: pesa 5 MB");
  await expect(add.getByRole("alert").filter({ hasText: "Controlla i dati inseriti" })).toBeFocused();
  expect(posts).toEqual([]);
  await expectAccessible(page);

  // The answer is held back a moment, so that the progress of the sending can be seen.
  await page.route("**/taccuino/voci", async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  await add.getByLabel("File (facoltativo)").setInputFiles({ name: "ecografia.png", mimeType: "image/png", buffer: png });
  await add.getByRole("button", { name: "Aggiungi al taccuino" }).click();
  await expect(add.getByRole("progressbar", { name: /Invio del file: \d+%/ })).toBeVisible();
  await expect(add.getByText("Aggiunto al taccuino.")).toBeVisible();
  await expect(add.getByRole("progressbar")).toHaveCount(0);
  const notes = page.getByRole("region", { name: "Le tue note" });
  await expect(notes.getByRole("article").filter({ hasText: "Ecografia privata" })).toContainText("ecografia.png");

  await notes.getByRole("link", { name: "Modifica Ecografia privata" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Modifica la nota" })).toBeVisible();
  await expect(page.getByLabel("Titolo")).toHaveValue("Ecografia privata");
  await expectAccessible(page);
  await page.getByLabel("Titolo").fill("");
  await page.getByRole("button", { name: "Salva le modifiche" }).click();
  await expect(page.locator("#title-error")).toContainText("Dai un titolo alla nota.");
  await page.getByLabel("Titolo").fill("Ecografia dell'addome");
  await page.getByLabel("Nota (facoltativa)").fill("Centro privato, nessun reperto.");
  await page.getByRole("button", { name: "Salva le modifiche" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Modifiche salvate." })).toBeVisible();
  await page.getByRole("link", { name: "Torna al taccuino" }).click();
  const changed = page.getByRole("region", { name: "Le tue note" }).getByRole("article").filter({ hasText: "Ecografia dell'addome" });
  await expect(changed).toContainText("Centro privato, nessun reperto.");
  await expect(changed).toContainText("ecografia.png");
  const logged = queryPortalDb<{ n: number }>("SELECT COUNT(*) n FROM AccessLogEntry WHERE subjectId = ? AND resourceType = 'NOTEBOOK_ENTRY' AND action = 'health.manage' AND outcome = 'ALLOW'", LUCIA.id)[0]!;
  expect(logged.n).toBeGreaterThanOrEqual(2);
});

test("bookings: an appointment moves to another free time, the old one freed, the code kept, the move logged", async ({ page }) => {
  await login(page, MARIO.fiscalCode);
  await page.goto("/prenotazioni");
  await page.getByRole("region", { name: "Ricette da prenotare" }).getByRole("link", { name: /Scegli data e ora/ }).first().click();
  await page.getByRole("radio").first().check();
  await page.getByRole("button", { name: "Prenota" }).click();
  await page.waitForURL(/\/prenotazioni\?prenotata=PR/);
  const code = new URL(page.url()).searchParams.get("prenotata")!;
  const slotOf = () =>
    queryPortalDb<{ id: string; slotId: string | null }>("SELECT a.id, (SELECT s.id FROM Slot s WHERE s.appointmentId = a.id) slotId FROM Appointment a WHERE a.bookingCode = ?", code)[0]!;
  const before = slotOf();
  expect(before.slotId).not.toBeNull();

  const article = page.getByRole("region", { name: "Prossimi appuntamenti" }).getByRole("article").filter({ hasText: code });
  await article.getByRole("link", { name: /^Sposta / }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Sposta un appuntamento" })).toBeVisible();
  await expect(page.getByText(`Il codice di prenotazione ${code} non cambia`, { exact: false })).toBeVisible();
  await page.getByRole("button", { name: "Sposta a questo orario" }).click();
  await expect(page.locator("#slotId-error")).toHaveText("Scegli un giorno e un orario.");
  await expectAccessible(page);
  // The last free time shown, so that it differs from the one held now.
  await page.getByRole("radio").last().check();
  await page.getByRole("button", { name: "Sposta a questo orario" }).click();
  await page.waitForURL(/\/prenotazioni\?spostata=PR/);
  await expect(page.getByRole("status").filter({ hasText: `Appuntamento spostato. Il codice ${code} resta lo stesso` })).toBeVisible();
  const after = slotOf();
  expect(after.id).toBe(before.id);
  expect(after.slotId).not.toBeNull();
  expect(after.slotId).not.toBe(before.slotId);
  expect(queryPortalDb<{ appointmentId: string | null }>("SELECT appointmentId FROM Slot WHERE id = ?", before.slotId)[0]!.appointmentId).toBeNull();
  const logged = queryPortalDb<{ n: number }>("SELECT COUNT(*) n FROM AccessLogEntry WHERE resourceType = 'APPOINTMENT' AND resourceId = ? AND purpose = 'SPOSTAMENTO' AND outcome = 'ALLOW'", before.id)[0]!;
  expect(logged.n).toBe(1);
  await expectAccessible(page);
});
