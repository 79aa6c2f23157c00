import { expect, test } from "@playwright/test";
import { ELENA, expectAccessible, GIULIA, login, queryPortalDb, ROBERTA } from "./fixtures";

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
