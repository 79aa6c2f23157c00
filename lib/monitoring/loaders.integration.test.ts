import "@/lib/test/actions-harness";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as downloadCsv } from "@/app/monitoraggio/csv/route";
import { GET as downloadJson } from "@/app/monitoraggio/json/route";
import { AccessMisuseError, withAccess, withAggregateAccess } from "@/lib/access/gate";
import { actAs, harness } from "@/lib/test/actions-harness";
import { createTestDatabase, type TestDatabase } from "@/lib/test/database";
import { measureIndicators } from "./data";
import { loadMonitoringReport } from "./loaders";
import { windowsFor } from "./periods";

// The administrator's view of the region: every view and download is one aggregate row in the access log,
// a small count never leaves the server as a number, and anyone else finds nothing at /monitoraggio.

let t: TestDatabase;
const query = { data: "2026-06-30", periodo: "trimestre" as const };
const inWindow = new Date("2026-06-15T10:00:00Z");
const citizens = Array.from({ length: 25 }, (_, i) => `c${String(i).padStart(2, "0")}`);

beforeAll(async () => {
  t = await createTestDatabase();
  harness.db = t.db;
  await t.db.person.createMany({
    data: [...citizens, "admin", "doctor", "desk"].map((id, index) => ({
      id, fiscalCode: `FISCAL${String(index).padStart(10, "0")}`, givenName: `Nome${id}`, familyName: `Cognome${id}`, birthDate: new Date("1970-01-01"), sex: "M", createdAt: new Date("2020-01-01"),
    })),
  });
  await t.db.facility.create({ data: { id: "f1", code: "120101", name: "Ospedale", type: "Ospedale" } });
  await t.db.personRole.createMany({
    data: [
      { id: "r-admin", personId: "admin", role: "ADMIN", title: "Amministratrice regionale" },
      { id: "r-doctor", personId: "doctor", role: "PROFESSIONAL", title: "MMG", professionalKind: "MMG", enabledFrom: new Date("2025-01-01") },
      { id: "r-desk", personId: "desk", role: "OPERATOR", title: "Operatore", deskPoint: "PAS 1" },
    ],
  });
  // 25 citizens with a laboratory report in the window; 12 of them opened their record.
  await t.db.document.createMany({
    data: citizens.map((id) => ({
      id: `d-${id}`, patientId: id, facilityId: "f1", typeCode: "11502-2", classCode: "REF", title: "Referto", titleSearch: "referto", clinicalDate: inWindow, publishedAt: inWindow,
      authorName: "=HYPERLINK(\"x\")", setId: `s-${id}`, fileHash: "h", fileSize: 1, contentType: "application/pdf",
    })),
  });
  await t.db.accessLogEntry.createMany({
    data: citizens.slice(0, 12).map((id) => ({ at: inWindow, actorId: id, actorRole: "CITIZEN", basis: "SELF", subjectId: id, action: "document.list", resourceType: "RECORD", outcome: "ALLOW", reason: "ALLOWED", purpose: "CONSULTAZIONE" })),
  });
});
afterAll(() => t.close());

const regionRows = () => t.db.accessLogEntry.findMany({ where: { subjectId: "REGIONE" }, orderBy: { seq: "asc" } });

describe(`regional monitoring for administrators (${process.env.TEST_PG_URL ? "PostgreSQL" : "SQLite"})`, () => {
  it("shows an administrator the figures, hiding the small ones, and logs the view once, as an aggregate", async () => {
    actAs("admin", "ADMIN");
    const before = (await regionRows()).length;
    const report = await loadMonitoringReport(query);
    const use = report?.indicators.find((indicator) => indicator.key === "citizenUse");
    expect(use?.current).toEqual({ numerator: { value: 12 }, denominator: { value: 25 }, percent: 48 });
    expect(use?.trend).toHaveLength(12);
    expect(use?.trend.at(-1)).toEqual({ referenceDate: "2026-06-30", ratio: use?.current });
    // One MMG: too few to show, and so is the percentage.
    expect(report?.indicators.find((indicator) => indicator.key === "gpActivity")?.current).toEqual({ numerator: { below: 10 }, denominator: { below: 10 }, percent: null });
    expect(report?.availability.find((row) => row.code === "11502-2")).toMatchObject({ available: true, documents: { value: 25 }, citizens: { value: 25 } });
    const rows = (await regionRows()).slice(before);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actorId: "admin", actorRole: "ADMIN", basis: "AGGREGATE", action: "monitoring.read", resourceType: "AGGREGATE", resourceId: null, outcome: "ALLOW", purpose: "CONSULTAZIONE", detail: "data=2026-06-30;periodo=trimestre" });
  });

  it("gives the same figures as CSV and JSON, small counts as «< 10», no person anywhere, each download logged", async () => {
    actAs("admin", "ADMIN");
    const before = (await regionRows()).length;
    const csvResponse = await downloadCsv(new Request("http://localhost/monitoraggio/csv?data=2026-06-30&periodo=trimestre"));
    expect(csvResponse.status).toBe(200);
    expect(csvResponse.headers.get("content-type")).toContain("text/csv");
    const csv = await csvResponse.text();
    expect(csv).toContain("Indicatore;Utilizzo del FSE da parte dei cittadini;2026-06-30");
    expect(csv).toContain(";12;25;48,0%;");
    expect(csv).toContain("< 10");
    const json = JSON.parse(await (await downloadJson(new Request("http://localhost/monitoraggio/json?data=2026-06-30&periodo=trimestre"))).text());
    expect(json.indicatori.find((indicator: { codice: string }) => indicator.codice === "gpActivity").valore).toEqual({ numeratore: "< 10", denominatore: "< 10", percentuale: null });
    expect(json.documentiDisponibili.find((row: { codice: string }) => row.codice === "11502-2")).toMatchObject({ documenti: 25, cittadini: 25 });
    for (const text of [csv, JSON.stringify(json)]) {
      expect(text).not.toMatch(/FISCAL\d|Nomec|Cognomec|HYPERLINK/);
    }
    expect((await regionRows()).slice(before).map((row) => row.purpose)).toEqual(["DOWNLOAD_CSV", "DOWNLOAD_JSON"]);
  });

  it("falls back to the defaults on a wrong choice in a download, without an error", async () => {
    actAs("admin", "ADMIN");
    const response = await downloadJson(new Request("http://localhost/monitoraggio/json?data=2026-02-30&periodo=%3Cscript%3E"));
    expect(response.status).toBe(200);
    expect(JSON.parse(await response.text()).periodo.tipo).toBe("trimestre");
  });

  it.each([
    ["c00", "CITIZEN"],
    ["doctor", "PROFESSIONAL"],
    ["desk", "OPERATOR"],
  ] as const)("finds nothing for %s (%s): no report, and the downloads answer 404", async (personId, role) => {
    actAs(personId, role);
    expect(await loadMonitoringReport(query)).toBeNull();
    expect((await downloadCsv(new Request("http://localhost/monitoraggio/csv"))).status).toBe(404);
    expect((await downloadJson(new Request("http://localhost/monitoraggio/json"))).status).toBe(404);
  });

  it("refuses, and logs, an administrator whose role is no longer in the database", async () => {
    const outcome = await withAggregateAccess(t.db, { actor: { personId: "c01", role: "ADMIN", displayName: "x" }, purpose: "CONSULTAZIONE", detail: "x" }, async () => "figures");
    expect(outcome).toEqual({ allowed: false, reason: "ROLE_NOT_ALLOWED" });
    expect((await regionRows()).at(-1)).toMatchObject({ actorId: "c01", outcome: "DENY", reason: "ROLE_NOT_ALLOWED" });
  });

  it("will not count the region with a capability for one patient's record", async () => {
    const attempt = withAccess(t.db, { actor: { personId: "c00", role: "CITIZEN", displayName: "x" }, action: "document.list", subjectId: "c00", purpose: "CONSULTAZIONE" }, (subject, tx) =>
      measureIndicators(tx, subject, [windowsFor("2026-06-30", "mese")]),
    );
    await expect(attempt).rejects.toBeInstanceOf(AccessMisuseError);
  });
});
