import { expect, test } from "@playwright/test";
import { DOCTOR, expectAccessible, GIOVANNI, login, lookUpPatient } from "./fixtures";

// A professional's view of a patient starts with what matters in an emergency, and the documents have the
// same filters as the citizen's own list.

test("a professional sees allergies, therapy and problems first, then filters the documents", async ({ page }) => {
  await login(page, DOCTOR.fiscalCode);
  await lookUpPatient(page, GIOVANNI.fiscalCode);
  await page.waitForURL(/\/professionista\/pazienti\//);
  const essentials = page.getByRole("region", { name: "Per prima cosa: allergie, terapie, problemi" });
  await expect(essentials.getByRole("heading", { name: "Allergie e intolleranze" })).toBeVisible();
  await expect(essentials).toContainText("Metformina");
  await expect(essentials).toContainText("Diabete mellito tipo 2");
  await expect(essentials.getByRole("link", { name: "profilo sanitario sintetico" })).toBeVisible();
  // The essentials come before the list of documents.
  const order = await page.evaluate(() => {
    const essentialsBox = document.querySelector("[aria-labelledby=essenziale]")!;
    const list = document.querySelector("[aria-label='Documenti consultabili']")!;
    return essentialsBox.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING;
  });
  expect(order).toBeTruthy();
  await expectAccessible(page);

  await page.getByText("Filtra i documenti", { exact: true }).click();
  await page.getByLabel("Tipo di documento").selectOption({ label: "Referto di laboratorio" });
  await page.getByRole("button", { name: "Applica i filtri" }).click();
  await page.waitForURL(/tipo=11502-2/);
  const items = page.getByRole("region", { name: "Documenti consultabili" }).getByRole("listitem");
  expect(await items.count()).toBeGreaterThan(0);
  for (const text of await items.allInnerTexts()) expect(text).toContain("Referto di laboratorio");
  // The next page keeps the filter.
  const next = page.getByRole("link", { name: "Documenti precedenti" });
  if (await next.count()) expect(await next.getAttribute("href")).toMatch(/tipo=11502-2.*dopo=|dopo=.*tipo=11502-2/);
  await expectAccessible(page);
});
