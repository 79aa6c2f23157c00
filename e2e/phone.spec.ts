import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, GIOVANNI, login, MARIO, queryPortalDb, SOFIA } from "./fixtures";

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
  // Giovanni has prescriptions still to book whatever other specs booked before this one.
  await login(page, GIOVANNI.fiscalCode);
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

/** Every page of the citizen area with a record in it, the record's own and its inner pages. */
function recordPages(patientId: string): string[] {
  const first = (sql: string) => queryPortalDb<{ id: string }>(sql, patientId)[0]?.id;
  const visible = "status = 'CURRENT' AND hiddenFromPatient = 0 AND obscuredAtSource = 0 AND hiddenFromParents = 0 AND heightenedProtection = 0";
  const lab = first(`SELECT d.id FROM Document d WHERE patientId = ? AND typeCode = '11502-2' AND ${visible} ORDER BY (SELECT COUNT(*) FROM LabObservation o WHERE o.documentId = d.id) DESC LIMIT 1`);
  const vaccination = first(`SELECT id FROM Document WHERE patientId = ? AND typeCode = '87273-9' AND ${visible} LIMIT 1`);
  const loinc = queryPortalDb<{ loinc: string }>("SELECT loinc FROM LabObservation WHERE patientId = ? GROUP BY loinc ORDER BY COUNT(*) DESC LIMIT 1", patientId)[0]?.loinc;
  const prescription = first("SELECT id FROM Prescription WHERE patientId = ? LIMIT 1");
  const note = first("SELECT id FROM NotebookEntry WHERE patientId = ? LIMIT 1");
  const appointment = queryPortalDb<{ id: string; startsAt: number | string }>("SELECT id, startsAt FROM Appointment WHERE patientId = ? AND status = 'BOOKED'", patientId).find(
    (row) => (typeof row.startsAt === "number" ? row.startsAt : Date.parse(row.startsAt)) > Date.now(),
  )?.id;
  return [
    "/", "/documenti", "/accessi", "/consensi", "/ricette", "/vaccinazioni", "/esenzioni", "/prenotazioni", "/taccuino", "/presa-in-carico", "/profilo-sanitario", "/esami",
    ...(lab ? [`/documenti/${lab}`] : []),
    ...(vaccination ? [`/documenti/${vaccination}`] : []),
    ...(loinc ? [`/esami/${loinc}`, `/esami/${loinc}?periodo=tutto`] : []),
    ...(prescription ? [`/ricette/${prescription}`] : []),
    ...(note ? [`/taccuino/${note}`] : []),
    ...(appointment ? [`/prenotazioni/${appointment}/sposta`] : []),
  ];
}

/** A chart's smallest label, in CSS pixels as shown: an SVG shrinks its text with its width. */
async function smallestChartText(page: Page): Promise<number | null> {
  return page.evaluate(() => {
    const sizes = [...document.querySelectorAll("main svg[role=img] text")]
      .filter((text) => (text as SVGTextElement).getBoundingClientRect().width > 0)
      .map((text) => (text as SVGTextElement).getBoundingClientRect().height);
    return sizes.length ? Math.min(...sizes) : null;
  });
}

async function visitAll(page: Page, pages: string[], label: string) {
  for (const path of pages) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 }), path).toBeVisible();
    await expectNoSidewaysScroll(page, `${label} ${path}`);
    const text = await smallestChartText(page);
    if (text !== null) expect(text, `${label} ${path}: chart labels`).toBeGreaterThanOrEqual(11);
    await shoot(page, `${label}${path.replace(/[/?=&]+/g, "_")}-360`);
  }
}

test("at 360 px no citizen page scrolls sideways, charts stay readable, tables become cards", async ({ page }) => {
  test.setTimeout(240_000);
  await page.setViewportSize(PHONE);
  await login(page, GIOVANNI.fiscalCode);
  await visitAll(page, [...recordPages(GIOVANNI.id), "/deleghe", "/profilo", "/notifiche", "/aiuto"], "giovanni");
  // The trend's values and a lab report's results are read as cards, with range and link in view.
  await page.goto("/esami/2345-7");
  const cards = page.getByRole("list", { name: /Valori di Glucosio/ });
  await expect(cards.getByRole("listitem").first()).toContainText("Intervallo di riferimento");
  await expect(cards.getByRole("link", { name: /Apri il referto/ }).first()).toBeVisible();
  await expectAccessible(page);
});

test("at 360 px a parent consulting a child's record: no page scrolls sideways", async ({ page }) => {
  test.setTimeout(240_000);
  await page.setViewportSize(PHONE);
  await login(page, MARIO.fiscalCode);
  await visitAll(page, recordPages(MARIO.id), "mario");
  await page.goto("/vaccinazioni");
  await page.getByRole("button", { name: `Vaccinazioni di ${SOFIA.name}` }).click();
  await page.waitForURL((url) => url.pathname === "/vaccinazioni");
  // Lot and place, which the table cut off on a phone, are in each card.
  const cards = page.getByRole("list", { name: "Vaccinazioni, dalla più recente" });
  await expect(cards.getByRole("listitem").first()).toContainText("Lotto");
  await expect(cards.getByRole("listitem").first()).toContainText("Dove");
  await expectAccessible(page);
  await visitAll(page, [...recordPages(SOFIA.id), "/deleghe", "/profilo", "/notifiche"], "sofia");
});
