import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { DOCTOR, expectAccessible, GIOVANNI, login, lookUpPatient, MARIO, queryPortalDb } from "./fixtures";

test("documents: list newest first, filters, keyset pages and an empty state", async ({ page }) => {
  await login(page, GIOVANNI.fiscalCode);
  await page.goto("/documenti");
  await expect(page.getByRole("heading", { name: "I tuoi documenti" })).toBeVisible();
  const list = page.getByRole("region", { name: "Elenco dei documenti" }).getByRole("listitem");
  await expect(list).toHaveCount(20);
  await expectAccessible(page);

  const firstPageDates = await list.locator("time").evaluateAll((times) => times.map((time) => time.getAttribute("datetime")!));
  expect([...firstPageDates].sort().reverse()).toEqual(firstPageDates);

  await page.getByRole("link", { name: "Documenti precedenti" }).click();
  await page.waitForURL(/dopo=/);
  await expect(list).toHaveCount(20);
  const secondPageFirst = await list.first().locator("time").getAttribute("datetime");
  expect(secondPageFirst! <= firstPageDates.at(-1)!).toBe(true);

  await page.goto("/documenti");
  await page.getByText("Filtra i documenti").click();
  await page.getByLabel("Tipo di documento").selectOption({ label: "Referto di radiologia" });
  await page.getByRole("button", { name: "Applica i filtri" }).click();
  await expect(page).toHaveURL(/tipo=68604-8/);
  const labels = await list.evaluateAll((items) => items.map((item) => item.textContent ?? ""));
  expect(labels.length).toBeGreaterThan(0);
  for (const label of labels) expect(label).toContain("Referto di radiologia");

  await page.getByLabel("Cerca nel titolo").fill("nessun titolo è così");
  await page.getByRole("button", { name: "Applica i filtri" }).click();
  await expect(page.getByText("Nessun documento corrisponde ai filtri scelti")).toBeVisible();
});

test("documents: a wrong date range is explained next to the field, nothing breaks", async ({ page }) => {
  await login(page, MARIO.fiscalCode);
  await page.goto("/documenti?dal=2025-05-01&al=2024-01-01");
  const summary = page.getByRole("alert").filter({ hasText: "Controlla i filtri" });
  await expect(summary).toContainText("La data iniziale deve precedere la data finale.");
  await expect(page.getByLabel("Al giorno", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page);
  await page.goto("/documenti?dal=non-una-data");
  await expect(page.getByRole("alert").filter({ hasText: "Controlla i filtri" })).toContainText("Usa una data valida");
});

test("a lab report shows its results, its narrative and the PDF; the download is the original file", async ({ page }) => {
  await login(page, MARIO.fiscalCode);
  const [lab] = queryPortalDb<{ id: string; fileHash: string }>(
    "SELECT id, fileHash FROM Document WHERE patientId = ? AND typeCode = '11502-2' AND status = 'CURRENT' AND hiddenFromPatient = 0 ORDER BY clinicalDate DESC LIMIT 1",
    MARIO.id,
  );
  await page.goto(`/documenti/${lab!.id}`);
  await expect(page.getByRole("table", { name: "Risultati degli esami di laboratorio" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Esami ematochimici" })).toBeVisible();
  await expect(page.locator(".react-pdf__Page canvas")).toBeVisible({ timeout: 20_000 });
  await expectAccessible(page);

  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("link", { name: "Scarica il PDF" }).click();
  const download = await downloadPromise;
  const bytes = readFileSync((await download.path())!);
  expect(createHash("sha256").update(bytes).digest("hex")).toBe(lab!.fileHash);
  expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
});

test("a document not yet released to the patient (P98) does not exist for them", async ({ page }) => {
  await login(page, MARIO.fiscalCode);
  const [hidden] = queryPortalDb<{ id: string; title: string }>("SELECT id, title FROM Document WHERE patientId = ? AND hiddenFromPatient = 1", MARIO.id);
  expect(hidden).toBeDefined();
  await page.goto(`/documenti/${hidden!.id}`);
  await expect(page.getByRole("heading", { name: "Pagina non trovata" })).toBeVisible();
  const file = await page.request.get(`/documenti/${hidden!.id}/file`);
  expect(file.status()).toBe(404);
  await page.goto("/documenti?testo=" + encodeURIComponent(hidden!.title.slice(0, 8)));
  await expect(page.locator(`a[href="/documenti/${hidden!.id}"]`)).toHaveCount(0);
});

test("someone else's document looks exactly like a missing one", async ({ page }) => {
  await login(page, MARIO.fiscalCode);
  const [other] = queryPortalDb<{ id: string }>("SELECT id FROM Document WHERE patientId = ? LIMIT 1", GIOVANNI.id);
  await page.goto(`/documenti/${other!.id}`);
  await expect(page.getByRole("heading", { name: "Pagina non trovata" })).toBeVisible();
  expect((await page.request.get(`/documenti/${other!.id}/file`)).status()).toBe(404);
});

test("the access log shows other people's accesses first; the citizen's own, denied ones included, are one filter away", async ({ browser }) => {
  const doctor = await (await browser.newContext()).newPage();
  await login(doctor, DOCTOR.fiscalCode);
  await lookUpPatient(doctor, MARIO.fiscalCode);
  await doctor.waitForURL(/\/professionista\/pazienti\//);
  await doctor.close();

  const page = await (await browser.newContext()).newPage();
  await login(page, MARIO.fiscalCode);
  const [hidden] = queryPortalDb<{ id: string }>("SELECT id FROM Document WHERE patientId = ? AND hiddenFromPatient = 1", MARIO.id);
  // Other specs may have tried the hidden document before: this visit adds exactly one refusal.
  const refusals = () =>
    queryPortalDb<{ n: number }>("SELECT COUNT(*) AS n FROM AccessLogEntry WHERE subjectId = ? AND actorId = ? AND action = 'document.read' AND outcome = 'DENY'", MARIO.id, MARIO.id)[0]!.n;
  const refusedBefore = refusals();
  await page.goto(`/documenti/${hidden!.id}`);
  expect(refusals()).toBe(refusedBefore + 1);
  await page.goto("/accessi");
  await expect(page.getByRole("heading", { name: "Chi ha consultato il tuo fascicolo" })).toBeVisible();
  await expect(page.getByText("Sono mostrati gli accessi di altre persone, non i tuoi.")).toBeVisible();
  const table = page.getByRole("table", { name: "Registro degli accessi al fascicolo" });
  const who = () => table.locator("tbody tr td:nth-child(2)").evaluateAll((cells) => cells.map((cell) => cell.firstChild?.textContent ?? ""));
  expect(new Set(await who())).toEqual(new Set([DOCTOR.name]));
  await expect(table).toContainText("Per la cura, con il consenso alla consultazione");
  await expectAccessible(page);

  await page.getByRole("link", { name: "Mostra anche i tuoi accessi" }).click();
  await expect(page).toHaveURL(/chi=tutti/);
  await expect(page.getByLabel("Chi")).toHaveValue("tutti");
  // Newest first: reading this log is itself the latest access (the earlier reading, of others' accesses, the
  // one before it); the citizen's own denied read is there, naming the hidden document without its title.
  await expect(table.getByRole("row").nth(1)).toContainText("Ha consultato il registro degli accessi");
  await expect(table.getByRole("row").nth(1)).toContainText("Tu");
  expect(await who()).toContain(DOCTOR.name);
  // Every page writes its own reads, so earlier refusals may lie past the first page: the "denied" filter finds them all.
  await page.goto("/accessi?chi=tutti&esito=negati");
  const denied = table.getByRole("row").filter({ hasText: "Ha letto un documento" }).filter({ hasText: "Negato" }).filter({ hasText: /^[^A-Z]*Tu/ });
  await expect(denied).toHaveCount(refusedBefore + 1);
  await expect(denied.first()).toContainText("Documento non disponibile");
  await expectAccessible(page);
});

test("personal pages carry a nonce CSP, no-store and the other security headers", async ({ page }) => {
  await login(page, MARIO.fiscalCode);
  const violations: string[] = [];
  page.on("console", (message) => {
    if (message.text().includes("Content Security Policy")) violations.push(message.text());
  });
  const response = await page.goto("/documenti");
  const headers = response!.headers();
  expect(headers["cache-control"]).toBe("private, no-store");
  expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("no-referrer");
  expect(headers["strict-transport-security"]).toContain("max-age=");
  const nonce = /'nonce-([^']+)'/.exec(headers["content-security-policy"]!)![1];
  // Every script the server sends carries the nonce; those the runtime adds later are trusted through
  // 'strict-dynamic', and the browser reports no violation of the policy.
  const tags = [...(await response!.text()).matchAll(/<script\b[^>]*>/g)].map((match) => match[0]);
  expect(tags.length).toBeGreaterThan(0);
  for (const tag of tags) expect(tag).toContain(`nonce="${nonce}"`);
  await page.waitForLoadState("networkidle");
  expect(violations).toEqual([]);
});

test("documents can be browsed with the keyboard alone", async ({ page }) => {
  await login(page, MARIO.fiscalCode);
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Vai al contenuto principale" })).toBeFocused();
  await page.keyboard.press("Enter");
  const allDocuments = page.getByRole("link", { name: "Vedi tutti i documenti" });
  for (let i = 0; i < 20 && !(await allDocuments.evaluate((element) => element === document.activeElement)); i++) await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/documenti$/);
  const firstDocument = page.getByRole("region", { name: "Elenco dei documenti" }).getByRole("link").first();
  for (let i = 0; i < 40 && !(await firstDocument.evaluate((element) => element === document.activeElement)); i++) await page.keyboard.press("Tab");
  await expect(firstDocument).toBeFocused();
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/documenti\/.+/);
  await expect(page.getByRole("heading", { name: "Contenuto" })).toBeVisible();
});

test("the access log filters by outcome and downloads as CSV", async ({ page }) => {
  await login(page, MARIO.fiscalCode);
  const [hidden] = queryPortalDb<{ id: string }>("SELECT id FROM Document WHERE patientId = ? AND hiddenFromPatient = 1", MARIO.id);
  // Other specs may have tried the hidden document before: this visit adds exactly one refusal.
  const refusals = () =>
    queryPortalDb<{ n: number }>("SELECT COUNT(*) AS n FROM AccessLogEntry WHERE subjectId = ? AND actorId = ? AND action = 'document.read' AND outcome = 'DENY'", MARIO.id, MARIO.id)[0]!.n;
  const refusedBefore = refusals();
  await page.goto(`/documenti/${hidden!.id}`);
  expect(refusals()).toBe(refusedBefore + 1);
  await page.goto("/accessi");
  await page.getByLabel("Chi").selectOption({ label: "Tu" });
  await page.getByLabel("Esito").selectOption({ label: "Negati" });
  await page.getByRole("button", { name: "Applica i filtri" }).click();
  await expect(page).toHaveURL(/chi=tu&esito=negati|esito=negati.*chi=tu/);
  const rows = page.getByRole("table", { name: "Registro degli accessi al fascicolo" }).getByRole("row");
  const texts = await rows.evaluateAll((nodes) => nodes.slice(1).map((node) => node.textContent ?? ""));
  expect(texts.length).toBeGreaterThan(0);
  for (const text of texts) expect(text).toContain("Negato");
  await expectAccessible(page);

  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("link", { name: "Scarica in formato CSV" }).click();
  const download = await downloadPromise;
  const csv = readFileSync((await download.path())!, "utf8").replace(/^\uFEFF/, "");
  const lines = csv.trim().split("\n");
  expect(lines[0]).toContain("Data e ora;Chi;Ruolo");
  expect(lines.length).toBe(texts.length + 1);
  for (const line of lines.slice(1)) expect(line).toContain(";Negato;");
  // Purposes in plain words, never a code such as "Download".
  expect(csv).not.toMatch(/;(Download|DOWNLOAD|CONSULTAZIONE|VISUALIZZAZIONE);/);
  expect(csv).toContain(";Consultazione nel portale;");
});

test("a long history: a total, a search that finds lab reports by the tests they contain, a jump to a year, years as headings", async ({ page }) => {
  await login(page, GIOVANNI.fiscalCode);
  await page.goto("/documenti");
  const visible = queryPortalDb<{ n: number }>(
    "SELECT COUNT(*) n FROM Document WHERE patientId = ? AND status = 'CURRENT' AND hiddenFromPatient = 0",
    GIOVANNI.id,
  )[0]!.n;
  await expect(page.getByText(`${visible} documenti, dal più recente al più vecchio.`)).toBeVisible();
  const list = page.getByRole("region", { name: "Elenco dei documenti" });
  await expect(list.getByRole("heading", { level: 2 }).first()).toHaveText(/^\d{4}$/);

  // "glucosio" is in no title: the lab reports that measured it are found all the same.
  const withGlucose = queryPortalDb<{ n: number }>("SELECT COUNT(DISTINCT documentId) n FROM LabObservation o JOIN Document d ON d.id = o.documentId WHERE o.patientId = ? AND o.loinc = '2345-7' AND d.status = 'CURRENT' AND d.hiddenFromPatient = 0", GIOVANNI.id)[0]!.n;
  expect(withGlucose).toBeGreaterThan(0);
  await page.goto("/documenti?testo=glucosio");
  await expect(page.getByText(`${withGlucose} documenti corrispondono ai filtri, dal più recente.`)).toBeVisible();
  for (const text of (await list.getByRole("listitem").allInnerTexts()).slice(0, 5)) {
    expect(text).toContain("Referto di laboratorio");
    // Each names the tests it measured, which its title does not.
    expect(text).toMatch(/Esami: \S/);
  }
  await expectAccessible(page);

  // Jumping to the oldest year shows it first.
  await page.goto("/documenti");
  const years = page.getByRole("navigation", { name: "Vai all'anno" }).getByRole("link");
  const oldest = (await years.allInnerTexts()).at(-1)!;
  await years.filter({ hasText: oldest }).click();
  await page.waitForURL(new RegExp(`al=${oldest}-12-31`));
  await expect(list.getByRole("heading", { level: 2 }).first()).toHaveText(oldest);
  await expectAccessible(page);
});
