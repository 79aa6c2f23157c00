import "@/lib/test/actions-harness";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as downloadCsv } from "@/app/(fascicolo)/accessi/csv/route";
import { ACTING_FOR_COOKIE } from "@/lib/delegations/context";
import { actAs, harness } from "@/lib/test/actions-harness";
import { createTestDatabase, type TestDatabase } from "@/lib/test/database";
import { PURPOSE_LABELS } from "./labels";
import { loadMyAccessLog } from "./loaders";

// A citizen opening "who accessed my record" looks for other people's accesses: their own reads (most of
// the log) are one filter away, not in the way. The download follows the same filters, in plain words.

let t: TestDatabase;
const START = new Date("2026-11-01T08:00:00Z");
let minute = 0;
const entry = (subjectId: string, actorId: string, actorRole: string, action: string, purpose: string) => ({
  at: new Date(START.getTime() + ++minute * 60_000), actorId, actorRole, subjectId, action, resourceType: "RECORD", outcome: "ALLOW", reason: "ALLOWED", purpose,
});
const whoRead = async (filters: Parameters<typeof loadMyAccessLog>[0]) => {
  const outcome = await loadMyAccessLog(filters);
  if (!outcome.allowed) throw new Error(outcome.reason);
  return outcome.value.rows.map((row) => `${row.actorName}:${row.purpose}`);
};

beforeAll(async () => {
  t = await createTestDatabase();
  harness.db = t.db;
  await t.db.person.createMany({
    data: [
      { id: "mario", fiscalCode: "RSSMRA80A01H501U", givenName: "Mario", familyName: "Rossi", birthDate: new Date("1980-01-01"), sex: "M" },
      { id: "sofia", fiscalCode: "RSSSFO15H52H501F", givenName: "Sofia", familyName: "Rossi", birthDate: new Date("2015-06-12"), sex: "F" },
      { id: "chiara", fiscalCode: "LMBCHR70A41H501Q", givenName: "Chiara", familyName: "Lombardo", birthDate: new Date("1970-01-01"), sex: "F" },
    ],
  });
  await t.db.delegation.create({
    data: { id: "d", subjectId: "sofia", delegateId: "mario", kind: "PARENT", scope: "documenti,accessi,consensi", canManage: true, status: "ACTIVE", startsAt: START, createdAt: START, createdById: "mario", channel: "DESK" },
  });
  await t.db.accessLogEntry.createMany({
    data: [
      entry("mario", "mario", "CITIZEN", "document.list", "CONSULTAZIONE"),
      entry("mario", "chiara", "PROFESSIONAL", "document.download", "DOWNLOAD"),
      entry("mario", "mario", "CITIZEN", "document.read", "CONSULTAZIONE"),
      entry("mario", "mario", "CITIZEN", "accessLog.read", "DOWNLOAD"),
      entry("sofia", "mario", "DELEGATE", "document.list", "CONSULTAZIONE"),
      entry("sofia", "chiara", "PROFESSIONAL", "document.list", "CURA"),
    ],
  });
});
afterAll(() => t.close());

describe("who accessed my record", () => {
  it("shows other people's accesses by default, and the citizen's own reads one filter away", async () => {
    actAs("mario");
    expect(await whoRead({})).toEqual(["Chiara Lombardo:DOWNLOAD"]);
    const own = await whoRead({ chi: "tu" });
    expect(own.length).toBeGreaterThanOrEqual(4);
    expect(own.every((row) => row.startsWith("Mario Rossi:"))).toBe(true);
    const everyone = await whoRead({ chi: "tutti" });
    expect(everyone).toContain("Chiara Lombardo:DOWNLOAD");
    expect(everyone.filter((row) => row.startsWith("Mario Rossi:")).length).toBe(own.length + 1);
    expect(await whoRead({ chi: "professionisti" })).toEqual(["Chiara Lombardo:DOWNLOAD"]);
  });

  it("filters by Rome days: an access at 00:30 in Rome is on that day, not on the UTC day before", async () => {
    // 2026-11-14T23:30Z is 00:30 on 15 November in Rome; 2026-11-15T22:30Z is 23:30 on the 15th.
    await t.db.accessLogEntry.createMany({
      data: [
        { ...entry("mario", "chiara", "PROFESSIONAL", "document.read", "CURA"), at: new Date("2026-11-14T23:30:00Z") },
        { ...entry("mario", "chiara", "PROFESSIONAL", "document.read", "EMERGENZA"), at: new Date("2026-11-15T22:30:00Z") },
      ],
    });
    actAs("mario");
    expect(await whoRead({ dal: "2026-11-15", al: "2026-11-15" })).toEqual(["Chiara Lombardo:EMERGENZA", "Chiara Lombardo:CURA"]);
    expect(await whoRead({ dal: "2026-11-14", al: "2026-11-14" })).toEqual([]);
    expect(await whoRead({ dal: "2026-11-16", al: "2026-11-16" })).toEqual([]);
  });

  it("leaves out, for a parent reading a child's log, the parent's own reads on the child's behalf", async () => {
    actAs("mario");
    harness.cookies.set(ACTING_FOR_COOKIE, "sofia");
    try {
      expect(await whoRead({})).toEqual(["Chiara Lombardo:CURA"]);
      expect((await whoRead({ chi: "tu" })).every((row) => row.startsWith("Mario Rossi:"))).toBe(true);
    } finally {
      harness.cookies.delete(ACTING_FOR_COOKIE);
    }
  });

  it("downloads the same selection, each purpose in plain words, in Italian and in English", async () => {
    actAs("mario");
    const italian = await (await downloadCsv(new Request("http://localhost/accessi/csv"))).text();
    expect(italian).toContain("Chiara Lombardo;Professionista sanitario;;Ha aperto o scaricato il file di un documento;;Copia scaricata sul dispositivo;");
    expect(italian).not.toMatch(/;Download;|;Tu;/);
    harness.language = "en";
    try {
      const english = await (await downloadCsv(new Request("http://localhost/accessi/csv?chi=tutti"))).text();
      expect(english).toContain(";Copy downloaded to a device;");
      expect(english).toContain("You;Patient;;Consulted the access log");
      expect(english).not.toMatch(/;(DOWNLOAD|CONSULTAZIONE|Download);/);
    } finally {
      harness.language = "it";
    }
  });
});

// Every purpose the code writes into the log has its plain wording: none reaches a person as a raw code.
describe("the purposes of the access log", () => {
  const sources = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const file = path.join(dir, name);
      if (statSync(file).isDirectory()) return sources(file);
      return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [file] : [];
    });
  const written = new Set<string>();
  for (const file of [...sources("lib"), ...sources("app")]) {
    for (const match of readFileSync(file, "utf8").matchAll(/purpose: ([^\n,}]*)/g)) {
      for (const code of match[1]!.matchAll(/"([A-Z][A-Z_]+)"/g)) written.add(code[1]!);
    }
  }

  it("are all worded, in terms a person understands", () => {
    expect(written.size).toBeGreaterThan(30);
    expect([...written].filter((code) => !PURPOSE_LABELS[code])).toEqual([]);
    for (const label of Object.values(PURPOSE_LABELS)) expect(label).not.toMatch(/^[A-Z_]+$|^Download$/);
  });
});
