import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import Database from "better-sqlite3";
import { expect, type Page } from "@playwright/test";

export const MARIO = { fiscalCode: "RSSMRA80A01H501U", id: "demo-mario", name: "Mario Rossi" };
export const GIOVANNI = { fiscalCode: "RMNGNN52D18A944Z", id: "demo-giovanni", name: "Giovanni Romano" };
export const SOFIA = { fiscalCode: "RSSSFO15H52H501F", id: "demo-sofia", name: "Sofia Rossi" };
export const ANNA = { fiscalCode: "SPSNNA38P67F839F", id: "demo-anna", name: "Anna Esposito" };
export const CARLO = { fiscalCode: "FRRCRL41B14L219N", id: "demo-carlo", name: "Carlo Ferrari" };
export const MARCO = { fiscalCode: "CLMMRC08R05F205F", id: "demo-marco", name: "Marco Colombo" };
export const LUCIA = { fiscalCode: "VRDLCU85T50F205H", id: "demo-lucia", name: "Lucia Verdi" };
export const ELENA = { fiscalCode: "RCCLNE78S42D612Q", id: "demo-elena", name: "Elena Ricci" };
export const GIULIA = { id: "demo-giulia", name: "Giulia Ricci" };
export const ROBERTA = { fiscalCode: "CLMRRT76D49F205A", id: "demo-roberta", name: "Roberta Colombo" };
export const GIUSEPPE = { fiscalCode: "BNCGPP75C15Z404W", id: "demo-giuseppe", name: "Giuseppe Bianchi" };
export const OPERATOR = { fiscalCode: "NRESFN82P14H501O", id: "demo-stefano", name: "Stefano Neri" };
export const DAVIDE = { id: "demo-davide", name: "Davide Ricci" };
export const PAOLO = { fiscalCode: "GRCPLA90E30G273L", id: "demo-paolo", name: "Paolo Greco" };
export const DOCTOR = { fiscalCode: "LMBCHR70A41H501Q", id: "demo-chiara", name: "Chiara Lombardo" };
export const ER_DOCTOR = { fiscalCode: "BRNRRT68E20A944U", id: "demo-roberto", name: "Roberto Bruno" };
export const ADMIN = { id: "demo-ilaria", name: "Ilaria Marino" };

/** Logs in through the local provider, as a person would: button, provider, identity, consent. */
export async function login(page: Page, fiscalCode: string, via: "SPID" | "CIE" = "SPID") {
  await page.goto("/accedi");
  await loginHere(page, fiscalCode, via);
}

/** The same, from the login page the browser is on now (for instance after a deep link). */
export async function loginHere(page: Page, fiscalCode: string, via: "SPID" | "CIE" = "SPID") {
  if (via === "SPID") {
    await page.getByRole("button", { name: "Entra con SPID" }).click();
    await page.getByRole("button", { name: "SPID Test" }).click();
  } else {
    await page.getByRole("button", { name: "Entra con CIE" }).click();
  }
  await page.locator(`button[data-fiscal-code="${fiscalCode}"]`).click();
  await page.getByRole("button", { name: "Acconsento e prosegui" }).click();
  await page.waitForURL((url) => url.port === "3100" && !url.pathname.startsWith("/api/"));
}

/** The local federation's addresses in the e2e run (DEV_IDP_PORT=4101): SPID OP, CIE OP, trust anchor. */
export const FEDERATION = { spid: "http://127.0.0.1:4101", cie: "http://127.0.0.1:4102", trustAnchor: "http://127.0.0.1:4103" };

export type RecordedRevocation = { at: string; op: string; clientId: string; accountId: string | null; tokenFound: boolean };

/** The revocations the local OPs received, as they recorded them in the e2e data directory. */
export function recordedRevocations(): RecordedRevocation[] {
  const file = path.join(process.env.E2E_DATA_DIR!, "dev-idp-revocations.jsonl");
  if (!existsSync(file)) return [];
  return readFileSync(file, "utf8").split("\n").filter(Boolean).map((line) => JSON.parse(line) as RecordedRevocation);
}

/** A professional looks a patient up by fiscal code, optionally breaking the glass with a reason. */
export async function lookUpPatient(page: Page, fiscalCode: string, emergencyReason?: string) {
  await page.goto("/professionista");
  await page.getByLabel("Codice fiscale dell'assistito").fill(fiscalCode);
  if (emergencyReason) {
    await page.getByLabel("Accesso in emergenza").check();
    await page.getByLabel("Motivo dell'accesso in emergenza").fill(emergencyReason);
    await page.getByRole("button", { name: "Accedi in emergenza" }).click();
  } else {
    await page.getByRole("button", { name: "Consulta il fascicolo" }).click();
  }
}

/** Fails on any WCAG 2.1 A/AA violation axe can find on the current page. */
export async function expectAccessible(page: Page) {
  // Next streams a page's metadata after its body: check once the title has arrived (every page has one).
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`)).toEqual([]);
}

/** Read-only look into the e2e portal's database, to check what the UI must and must not show. */
export function queryPortalDb<T>(sql: string, ...params: unknown[]): T[] {
  const file = path.join(process.env.E2E_DATA_DIR!, "fascicolo.db");
  const database = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return database.prepare(sql).all(...params) as T[];
  } finally {
    database.close();
  }
}

export type ProtocolRow = { seq: number; kind: string; provider: string; outcome: string; flowHash: string | null; sessionHash: string | null; fiscalCode: string | null; detail: string };

/** The last row of the portal's SPID/CIE protocol log, to read only what a step adds after it. */
export function lastProtocolSeq(): number {
  return queryPortalDb<{ seq: number | null }>(`SELECT MAX(seq) AS seq FROM ProtocolLogEntry`)[0]?.seq ?? 0;
}

/** The protocol-log rows written after `seq`, in order. */
export function protocolRowsSince(seq: number): ProtocolRow[] {
  return queryPortalDb<ProtocolRow>(`SELECT seq, kind, provider, outcome, flowHash, sessionHash, fiscalCode, detail FROM ProtocolLogEntry WHERE seq > ? ORDER BY seq`, seq);
}

/** One login's trail as the rules require it: request, token and userinfo responses, the session they opened. */
export function expectLoginTrail(all: ProtocolRow[], provider: string, fiscalCode: string) {
  // The session sweep may revoke an earlier test's lapsed session meanwhile: its rows are not this login's.
  const rows = all.filter((row) => row.kind !== "REVOCATION");
  expect(rows.map((row) => [row.kind, row.provider, row.outcome])).toEqual([
    ["AUTHORIZATION_REQUEST", provider, "OK"],
    ["TOKEN_RESPONSE", provider, "OK"],
    ["USERINFO_RESPONSE", provider, "OK"],
    ["SESSION_OPENED", provider, "OK"],
  ]);
  // One login: the same nonce hash on every row; the person named from userinfo on.
  expect(new Set(rows.map((row) => row.flowHash)).size).toBe(1);
  expect(rows[0]!.flowHash).toMatch(/^[0-9a-f]{64}$/);
  expect(rows.map((row) => row.fiscalCode)).toEqual([null, null, fiscalCode, fiscalCode]);
  const token = JSON.parse(rows[1]!.detail) as { tokens: string[]; id_token: { acr: string; iss: string } };
  expect(token.tokens).toContain("access_token");
  expect(token.id_token.acr).toMatch(/SpidL[23]$/);
  // Never a token in the log: no JWT-shaped value anywhere in it.
  for (const row of rows) expect(row.detail).not.toMatch(/eyJ[A-Za-z0-9_-]+\.eyJ/);
}
