import { readFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { expect, test } from "@playwright/test";
import { wrapCdaInPdf } from "../lib/cda/pdf-wrap";
import { gatewayHeaders, multipartBody, publicationMetadata } from "../lib/ingestion/gateway-client";
import { DEMO_LAB, loadDemoSecrets, type FacilityCredentials } from "../scripts/demo-secrets.mjs";
import { expectAccessible, login, queryPortalDb } from "./fixtures";

// Every official sample published through the gateway API as the demo lab's software does it, then found
// by its patient on their pages; a withdrawal, a replacement and a change of metadata follow at once.

const SAMPLES = path.resolve(import.meta.dirname, "..", "..", "shared", "samples");
const API = "http://localhost:3100/api/fse/v1";
const PATIENT = "GTWGWY82B42G920M";
// Samples filed under other patients (a minor, a placeholder code) are published for the same one.
const OTHER_PATIENTS = ["RSSMRA22A01A399Z", "PROVAX00X00X000Y"];

type Sample = { name: string; file: Uint8Array; type: string; patient: string; refusedBy?: string[] };
// The emergency-room samples predate schematron_VPS_v3.8: their legal authenticator's address lacks the
// street two of its asserts require. They are refused, as the gateway refuses them; the same report with
// the street added, as the lab would send it again, is accepted.
const VPS_RULES = ["ERRORE-56", "ERRORE-46a"];
const withStreet = (xml: string) => {
  const [before, after] = xml.split("<legalAuthenticator>");
  return `${before}<legalAuthenticator>${after!.replace("</city>", "</city><streetAddressLine>Via Roma 1</streetAddressLine>")}`;
};
// The discharge letter PDF's CDA names another patient than the bare LDO sample.
const PDF_PATIENTS: Record<string, string> = { LDO: "TSTSMN63A01F205H" };

function typeOf(xml: string): string {
  return /<code\s[^>]*code="([^"]+)"[^>]*codeSystem="2\.16\.840\.1\.113883\.6\.1"/.exec(xml)?.[1] ?? "";
}

async function samples(): Promise<Sample[]> {
  const list: Sample[] = [];
  for (const name of ["LAB", "LDO", "RAD", "VPS"]) {
    const file = new Uint8Array(readFileSync(path.join(SAMPLES, "pdf", `${name}.pdf`)));
    const xml = readFileSync(path.join(SAMPLES, "cda", `${name}.xml`), "utf8");
    list.push({ name: `${name}.pdf`, file, type: typeOf(xml), patient: PDF_PATIENTS[name] ?? PATIENT, ...(name === "VPS" ? { refusedBy: VPS_RULES } : {}) });
  }
  for (const name of ["CERT_VACC", "LAB", "LDO", "PSS", "RAD", "RAP", "RSA", "SING_VACC", "VPS"]) {
    let xml = readFileSync(path.join(SAMPLES, "cda", `${name}.xml`), "utf8");
    for (const other of OTHER_PATIENTS) xml = xml.replaceAll(`extension="${other}"`, `extension="${PATIENT}"`);
    list.push({ name: `${name}.xml`, file: await wrapCdaInPdf(new TextEncoder().encode(xml), name), type: typeOf(xml), patient: PATIENT, ...(name === "VPS" ? { refusedBy: VPS_RULES } : {}) });
  }
  const vps = withStreet(readFileSync(path.join(SAMPLES, "cda", "VPS.xml"), "utf8"));
  list.push({ name: "VPS-corretto.xml", file: await wrapCdaInPdf(new TextEncoder().encode(vps), "VPS"), type: typeOf(vps), patient: PATIENT });
  return list;
}

async function lab() {
  const { demoLab } = (await loadDemoSecrets(process.env.E2E_DATA_DIR!)) as { demoLab: FacilityCredentials };
  return { ...demoLab, commonName: DEMO_LAB.commonName };
}

async function call(method: string, service: string, claims: Parameters<typeof gatewayHeaders>[2], body: BodyInit) {
  const headers = await gatewayHeaders(await lab(), API, claims);
  const response = await fetch(`${API}/${service}`, { method, headers: typeof body === "string" ? { ...headers, "Content-Type": "application/json" } : headers, body });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const run = Date.now();
const idOf = (name: string) => `2.16.840.1.113883.2.9.2.120.4.4^E2E${run}${name.replace(/\W/g, "")}`;
const base = { facilityCode: DEMO_LAB.facilityCode, organizationId: "120" };

test("a lab publishes every official sample; its patient finds each one, new until opened; withdrawal, replacement and obscuring follow at once", async ({ page }) => {
  test.setTimeout(180_000);
  const published = await samples();
  const accepted = published.filter((sample) => !sample.refusedBy);
  for (const sample of published) {
    const answer = await call(
      "POST",
      "documents/validate-and-create",
      { ...base, patient: sample.patient, actionId: "CREATE", documentType: sample.type, file: sample.file },
      multipartBody(publicationMetadata(idOf(sample.name)), sample.file, sample.name),
    );
    if (sample.refusedBy) {
      expect(answer.status, sample.name).toBe(422);
      expect(answer.body).toMatchObject({ type: "/msg/semantic", title: "Errore semantico." });
      for (const rule of sample.refusedBy) expect(String(answer.body.detail)).toContain(`${rule}:`);
      continue;
    }
    expect(answer.status, `${sample.name}: ${JSON.stringify(answer.body)}`).toBe(202);
    expect(answer.body.workflowInstanceId).toEqual(expect.stringContaining("^^^^urn:ihe:iti:xdw:2013:workflowInstanceId"));
  }
  // The record was created by the first publication; the first-access page is not what this test is about.
  const database = new Database(path.join(process.env.E2E_DATA_DIR!, "fascicolo.db"));
  try {
    for (const patient of new Set(accepted.map((sample) => sample.patient))) {
      database.prepare("UPDATE Person SET firstAccessAt = ? WHERE fiscalCode = ?").run(new Date().toISOString(), patient);
    }
  } finally {
    database.close();
  }

  const items = page.locator('main a[href^="/documenti/"]');
  // The discharge letter's patient finds theirs.
  await login(page, "TSTSMN63A01F205H");
  await page.goto("/documenti");
  await expect(items).toHaveCount(1);
  await page.getByRole("button", { name: "Esci" }).click();
  await page.waitForURL(/uscita=1/);

  const mine = accepted.filter((sample) => sample.patient === PATIENT);
  await login(page, PATIENT);
  await page.goto("/documenti");
  await expect(items).toHaveCount(mine.length);
  await expect(page.locator("main").getByText("Nuovo", { exact: true })).toHaveCount(mine.length);
  await expectAccessible(page);
  await page.screenshot({ path: "test-results/publication-list.png", fullPage: true });

  // Opening one removes its marker.
  const [lab] = queryPortalDb<{ id: string; title: string }>("SELECT id, title FROM Document WHERE externalId = ?", idOf("LAB.pdf"));
  await page.goto(`/documenti/${lab!.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectAccessible(page);
  await page.goto("/documenti");
  await expect(page.locator("main").getByText("Nuovo", { exact: true })).toHaveCount(mine.length - 1);

  // Withdrawn: gone from the list and from its address.
  const [withdrawn] = queryPortalDb<{ id: string }>("SELECT id FROM Document WHERE externalId = ?", idOf("RAD.xml"));
  expect((await call("DELETE", `documents/${encodeURIComponent(idOf("RAD.xml"))}`, { ...base, patient: PATIENT, actionId: "DELETE" }, "")).status).toBe(200);
  await page.goto("/documenti");
  await expect(items).toHaveCount(mine.length - 1);
  await page.goto(`/documenti/${withdrawn!.id}`);
  await expect(page.getByRole("heading", { level: 1, name: "Pagina non trovata" })).toBeVisible();

  // Replaced: the latest version in the list, the earlier one in its history.
  const ldo = published.find((sample) => sample.name === "LDO.xml")!;
  const replaced = await call(
    "PUT",
    `documents/validate-and-replace/${encodeURIComponent(idOf("LDO.xml"))}`,
    { ...base, patient: PATIENT, actionId: "UPDATE", documentType: ldo.type, file: ldo.file },
    multipartBody(publicationMetadata(idOf("LDO.xml-v2")), ldo.file),
  );
  expect(replaced.status, JSON.stringify(replaced.body)).toBe(202);
  await page.goto("/documenti");
  await expect(items).toHaveCount(mine.length - 1);
  const [current] = queryPortalDb<{ id: string; version: number }>("SELECT id, version FROM Document WHERE externalId = ?", idOf("LDO.xml-v2"));
  expect(current!.version).toBe(2);
  await page.goto(`/documenti/${current!.id}`);
  await expect(page.getByText("sostituisce una versione precedente", { exact: false })).toBeVisible();
  await page.screenshot({ path: "test-results/publication-replaced.png", fullPage: true });

  // Obscured at source (P99): the citizen still sees it, marked as obscured.
  const metadata = { ...publicationMetadata("x"), attiCliniciRegoleAccesso: ["P99"] } as Record<string, unknown>;
  for (const field of ["identificativoDoc", "identificativoRep", "mode", "healthDataFormat"]) delete metadata[field];
  const vps = published.find((sample) => sample.name === "VPS-corretto.xml")!;
  const obscured = await call("PUT", `documents/${encodeURIComponent(idOf("VPS-corretto.xml"))}/metadata`, { ...base, patient: PATIENT, actionId: "UPDATE", documentType: vps.type }, JSON.stringify(metadata));
  expect(obscured.status, JSON.stringify(obscured.body)).toBe(200);
  const [vpsRow] = queryPortalDb<{ id: string; obscuredAtSource: number }>("SELECT id, obscuredAtSource FROM Document WHERE externalId = ?", idOf("VPS-corretto.xml"));
  expect(vpsRow!.obscuredAtSource).toBe(1);
  await page.goto("/documenti");
  await expect(page.locator(`main a[href="/documenti/${vpsRow!.id}"]`)).toContainText("Oscurato");

  // The access log names the lab as who published.
  await page.goto("/accessi");
  await expect(page.locator("main").getByText("Laboratorio Analisi ASL Centro (LIS dimostrativo)").first()).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: "test-results/publication-access-log.png", fullPage: true });
});
