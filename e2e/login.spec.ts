import { expect, test } from "@playwright/test";
import { decodeJwt } from "jose";
import { expectAccessible, expectLoginTrail, FEDERATION, lastProtocolSeq, login, MARIO, protocolRowsSince, recordedRevocations, SOFIA } from "./fixtures";

const PORTAL = "http://localhost:3100";

test("a citizen logs in with SPID and lands on their own record; the login leaves its protocol trail", async ({ page }) => {
  const before = lastProtocolSeq();
  await login(page, MARIO.fiscalCode);
  expectLoginTrail(protocolRowsSince(before), "spid-test", MARIO.fiscalCode);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Buon(giorno|asera), Mario$/);
  await expect(page.getByLabel("Utente collegato")).toHaveText(MARIO.name);
  await expect(page.getByRole("heading", { name: "Ultimi documenti" })).toBeVisible();
  await expectAccessible(page);
});

test("a citizen logs in with CIE using only the keyboard; the login leaves its protocol trail", async ({ page }) => {
  const before = lastProtocolSeq();
  await page.goto("/accedi");
  const cie = page.getByRole("button", { name: "Entra con CIE" });
  for (let i = 0; i < 30 && !(await cie.evaluate((element) => element === document.activeElement)); i++) await page.keyboard.press("Tab");
  await expect(cie).toBeFocused();
  await page.keyboard.press("Enter");
  await page.waitForURL(/127\.0\.0\.1:4102/);
  const identity = page.locator(`button[data-fiscal-code="${MARIO.fiscalCode}"]`);
  for (let i = 0; i < 40 && !(await identity.evaluate((element) => element === document.activeElement)); i++) await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  const consent = page.getByRole("button", { name: "Acconsento e prosegui" });
  for (let i = 0; i < 10 && !(await consent.evaluate((element) => element === document.activeElement)); i++) await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await page.waitForURL((url) => url.port === "3100" && url.pathname === "/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Buon(giorno|asera), Mario$/);
  expectLoginTrail(protocolRowsSince(before), "cie-test", MARIO.fiscalCode);
});

test("the SPID menu opens and closes with the keyboard", async ({ page }) => {
  await page.goto("/accedi");
  const spid = page.getByRole("button", { name: "Entra con SPID" });
  await spid.focus();
  await page.keyboard.press("Enter");
  await expect(spid).toHaveAttribute("aria-expanded", "true");
  await expect(page.getByRole("button", { name: "SPID Test" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(spid).toHaveAttribute("aria-expanded", "false");
});

test("the login page offers the providers whose chain verifies, as SPID and CIE buttons, and passes axe", async ({ page }) => {
  await page.goto("/accedi");
  await expectAccessible(page);
  const spid = page.getByRole("button", { name: "Entra con SPID" });
  await expect(spid).toHaveAttribute("aria-expanded", "false");
  await spid.click();
  const panel = page.locator("#spid-providers");
  await expect(panel.getByRole("button", { name: "SPID Test" })).toBeVisible();
  // The CIE provider is never listed among the SPID ones.
  await expect(panel.getByRole("button", { name: "CIE Test" })).toHaveCount(0);
  await expect(panel.getByRole("link", { name: /Non hai SPID\?/ })).toHaveAttribute("href", "https://www.spid.gov.it/cos-e-spid/come-attivare-spid/");
  await expectAccessible(page);
  // The marks are the portal's own files.
  for (const mark of ["/login/spid-mark.svg", "/login/cie-mark.svg"]) {
    const response = await page.request.get(mark);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("image/svg+xml");
  }
});

test("the local federation vouches for the portal and its providers", async ({ request }) => {
  const anchor = await request.get(`${FEDERATION.trustAnchor}/.well-known/openid-federation`);
  expect(anchor.headers()["content-type"]).toContain("application/entity-statement+jwt");
  const anchorClaims = decodeJwt(await anchor.text());
  expect(anchorClaims.iss).toBe(FEDERATION.trustAnchor);
  for (const op of [FEDERATION.spid, FEDERATION.cie]) {
    const configuration = decodeJwt(await (await request.get(`${op}/.well-known/openid-federation`)).text()) as {
      authority_hints?: string[];
      metadata: { openid_provider: Record<string, unknown> };
    };
    expect(configuration.authority_hints).toEqual([FEDERATION.trustAnchor]);
    const metadata = configuration.metadata.openid_provider;
    expect(metadata.issuer).toBe(op);
    expect(metadata.require_signed_request_object).toBe(true);
    expect(metadata.revocation_endpoint).toBe(`${op}/revocation`);
    expect(metadata.signed_jwks_uri).toBe(`${op}/jwks.jose`);
    const statement = decodeJwt(await (await request.get(`${FEDERATION.trustAnchor}/fetch?sub=${encodeURIComponent(op)}`)).text());
    expect(statement.sub).toBe(op);
  }
  // The portal's own entity configuration carries the trust mark the anchor signed, and the anchor says it is active.
  const portal = await request.get(`${PORTAL}/.well-known/openid-federation`);
  expect(portal.headers()["content-type"]).toContain("application/entity-statement+jwt");
  const portalClaims = decodeJwt(await portal.text()) as { authority_hints?: string[]; trust_marks?: { id: string; trust_mark: string }[] };
  expect(portalClaims.authority_hints).toContain(FEDERATION.trustAnchor);
  const mark = portalClaims.trust_marks?.[0];
  expect(mark?.id).toBe(`${FEDERATION.trustAnchor}/openid_relying_party/public/`);
  const status = await request.post(`${FEDERATION.trustAnchor}/trust_mark_status`, { form: { trust_mark: mark!.trust_mark } });
  expect(await status.json()).toEqual({ active: true });
  // An OP refuses a plain authorization request without a signed request object.
  const callback = encodeURIComponent(`${PORTAL}/api/auth/callback/spid-test`);
  const plain = await request.get(`${FEDERATION.spid}/authorization?client_id=${encodeURIComponent(PORTAL)}&response_type=code&scope=openid&redirect_uri=${callback}`, { maxRedirects: 0 });
  expect(plain.status()).toBe(303);
  expect(plain.headers().location).toContain("Request+Object+must+be+used");
});

test("logout revokes the access token at the OP and really ends the session: the old cookie no longer opens the record", async ({ page, context }) => {
  const loggedBefore = lastProtocolSeq();
  await login(page, MARIO.fiscalCode);
  const opened = protocolRowsSince(loggedBefore).find((row) => row.kind === "SESSION_OPENED")!;
  const cookies = await context.cookies();
  const before = recordedRevocations().length;
  await page.getByRole("button", { name: "Esci" }).click();
  await page.waitForURL(/uscita=1/);
  await expect(page.getByRole("status")).toContainText("Sei uscito");
  // The OP recorded the revocation of the token it issued for Mario to this portal.
  await expect.poll(() => recordedRevocations().slice(before)).toEqual([
    expect.objectContaining({ op: FEDERATION.spid, clientId: PORTAL, accountId: MARIO.fiscalCode, tokenFound: true }),
  ]);
  // The protocol log holds the revocation, tied to the session that ended.
  const endOfThisSession = () => protocolRowsSince(opened.seq).filter((row) => row.sessionHash === opened.sessionHash);
  await expect.poll(() => endOfThisSession().map(({ kind, outcome, fiscalCode }) => ({ kind, outcome, fiscalCode }))).toEqual([
    { kind: "REVOCATION", outcome: "OK", fiscalCode: MARIO.fiscalCode },
  ]);
  expect(JSON.parse(endOfThisSession()[0]!.detail)).toMatchObject({ reason: "LOGOUT" });
  // Replaying the cookie from before logout must not bring the session back.
  await context.addCookies(cookies);
  await page.goto("/documenti");
  await expect(page).toHaveURL(/\/accedi/);
});

test("a minor who logs in is told that parents consult the record", async ({ page }) => {
  await login(page, SOFIA.fiscalCode);
  await expect(page.getByRole("status")).toContainText("consultabile dai genitori");
  await page.goto("/documenti");
  await expect(page.getByText("Il fascicolo di una persona minorenne è consultato dai genitori o dal tutore.")).toBeVisible();
  await expect(page.getByRole("link", { name: /documento/i })).toHaveCount(0);
  await expectAccessible(page);
});

test("cancelling at the provider returns to the login page with an explanation", async ({ page }) => {
  await page.goto("/accedi");
  await page.getByRole("button", { name: "Entra con SPID" }).click();
  await page.getByRole("button", { name: "SPID Test" }).click();
  await page.getByRole("button", { name: "Annulla e torna al portale" }).click();
  await page.waitForURL(/3100\/accedi/);
  await expect(page.getByText("L'accesso non è stato completato")).toBeVisible();
  await expectAccessible(page);
});

test("public pages are accessible and the citizen area requires login", async ({ page }) => {
  for (const path of ["/", "/accedi", "/accessibilita", "/privacy", "/pagina-che-non-esiste"]) {
    await page.goto(path);
    await expectAccessible(page);
  }
  await page.goto("/documenti");
  await expect(page).toHaveURL(/\/accedi/);
});
