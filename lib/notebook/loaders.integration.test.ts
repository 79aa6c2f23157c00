import "@/lib/test/actions-harness";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadMyAccessLog } from "@/lib/access-log/loaders";
import { loadPatientNotebookFile } from "@/lib/professional/loaders";
import { actAs, harness } from "@/lib/test/actions-harness";
import { createTestDatabase, type TestDatabase } from "@/lib/test/database";
import { loadNotebookFile } from "./loaders";

// Opening a notebook file names the entry in the access log, for the citizen and for a professional;
// the citizen's log shows it as a notebook file, not as a document that vanished.

let t: TestDatabase;
const lastRow = () => t.db.accessLogEntry.findFirst({ where: { subjectId: "mario" }, orderBy: { seq: "desc" } });

beforeAll(async () => {
  t = await createTestDatabase();
  harness.db = t.db;
  const at = new Date();
  await t.db.person.createMany({
    data: [
      { id: "mario", fiscalCode: "RSSMRA80A01H501U", givenName: "Mario", familyName: "Rossi", birthDate: new Date("1980-01-01"), sex: "M" },
      { id: "elena", fiscalCode: "BNCLNE75M41F205Z", givenName: "Elena", familyName: "Bianchi", birthDate: new Date("1975-08-01"), sex: "F" },
    ],
  });
  await t.db.facility.create({ data: { id: "f", code: "1", name: "Ospedale", type: "Ospedale" } });
  await t.db.personRole.create({ data: { id: "r", personId: "elena", role: "PROFESSIONAL", title: "Medico", facilityId: "f" } });
  await t.db.consentEvent.create({ data: { id: "c", subjectId: "mario", kind: "CARE", granted: true, at, actorId: "mario", actorRole: "CITIZEN", channel: "ONLINE" } });
  await t.db.notebookEntry.create({
    data: { id: "entry-1", patientId: "mario", title: "Pressione", labels: "", fileHash: "h1", fileName: "p.pdf", fileType: "application/pdf", fileSize: 10, sharedWithProfessionals: true, createdAt: at, createdById: "mario" },
  });
});
afterAll(() => t.close());

describe("a notebook file", () => {
  it("opened by the citizen is logged with its entry", async () => {
    actAs("mario");
    expect(await loadNotebookFile("entry-1")).toMatchObject({ hash: "h1" });
    expect(await lastRow()).toMatchObject({ actorId: "mario", action: "health.read", purpose: "TACCUINO_FILE", resourceType: "NOTEBOOK_ENTRY", resourceId: "entry-1", outcome: "ALLOW" });
  });

  it("opened by a professional under consent is logged with its entry", async () => {
    actAs("elena", "PROFESSIONAL");
    expect(await loadPatientNotebookFile("mario", "entry-1")).toMatchObject({ hash: "h1" });
    expect(await lastRow()).toMatchObject({ actorId: "elena", action: "document.download", purpose: "TACCUINO_FILE", resourceType: "NOTEBOOK_ENTRY", resourceId: "entry-1", basis: "CONSENT" });
  });

  it("appears in the citizen's access log without a document title", async () => {
    actAs("mario");
    // Everyone's accesses, the citizen's own included (the log shows others' by default).
    const log = await loadMyAccessLog({ chi: "tutti" });
    const rows = log.allowed ? log.value.rows.filter((row) => row.purpose === "TACCUINO_FILE") : [];
    expect(rows).toHaveLength(2);
    expect(rows.map((row) => row.documentTitle)).toEqual([null, null]);
  });
});
