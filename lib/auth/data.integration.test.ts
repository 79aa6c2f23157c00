import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withAccess } from "@/lib/access/gate";
import type { Actor } from "@/lib/access/types";
import { countPublishedSince } from "@/lib/documents/data";
import { unreadCount } from "@/lib/notifications/data";
import { createTestDatabase, type TestDatabase } from "@/lib/test/database";
import { findRoles, findSession, previousVisitStart } from "./data";
import { touchSession } from "./mutations";

// The reads every page of a logged-in person makes, in parameterised SQL (decision 0023): they must give
// what the model API gave, on both engines.

let t: TestDatabase;
const citizen: Actor = { personId: "p-anna", role: "CITIZEN", displayName: "Anna Bianchi" };
const engine = process.env.TEST_PG_URL ? "PostgreSQL" : "SQLite";

beforeAll(async () => {
  t = await createTestDatabase();
  await t.db.person.create({ data: { id: "p-anna", fiscalCode: "BNCNNA75C41F205X", givenName: "Anna", familyName: "Bianchi", birthDate: new Date("1975-03-01"), sex: "F" } });
  await t.db.personRole.createMany({
    data: [
      { id: "r1", personId: "p-anna", role: "PROFESSIONAL", title: "Medico di medicina generale", facilityId: null, deskPoint: null },
      { id: "r2", personId: "p-anna", role: "OPERATOR", title: "Operatrice di sportello", facilityId: null, deskPoint: "PAS Centro" },
    ],
  });
  const session = { personId: "p-anna", provider: "spid", acr: "https://www.spid.gov.it/SpidL2", expiresAt: new Date("2026-12-31T00:00:00Z") };
  await t.db.session.createMany({
    data: [
      { ...session, id: "s-old", createdAt: new Date("2026-10-01T08:00:00Z"), lastSeenAt: new Date("2026-10-01T08:10:00Z"), endedAt: new Date("2026-10-01T08:10:00Z"), endReason: "LOGOUT" },
      { ...session, id: "s-last", createdAt: new Date("2026-11-20T09:00:00Z"), lastSeenAt: new Date("2026-11-20T09:05:00Z"), endedAt: new Date("2026-11-20T09:05:00Z"), endReason: "LOGOUT" },
      { ...session, id: "s-now", createdAt: new Date("2026-12-01T10:00:00Z"), lastSeenAt: new Date("2026-12-01T10:00:00Z") },
    ],
  });
  await t.db.notification.createMany({
    data: [
      { id: "n1", personId: "p-anna", kind: "CONSENT_CHANGED", text: "Consenso aggiornato", createdAt: new Date("2026-11-01T10:00:00Z") },
      { id: "n2", personId: "p-anna", kind: "EMERGENCY_ACCESS", text: "Accesso in emergenza", createdAt: new Date("2026-11-02T10:00:00Z") },
      { id: "n3", personId: "p-anna", kind: "CONSENT_CHANGED", text: "Letta", createdAt: new Date("2026-11-03T10:00:00Z"), readAt: new Date("2026-11-03T11:00:00Z") },
    ],
  });
  await t.db.facility.create({ data: { id: "f-lab", code: "120100", name: "Laboratorio ASL", type: "Laboratorio" } });
  const base = { patientId: "p-anna", facilityId: "f-lab", typeCode: "11502-2", classCode: "REF", authorName: "Dott. Luca Neri", fileHash: "h", fileSize: 1, contentType: "application/pdf", title: "Referto", titleSearch: "referto", clinicalDate: new Date("2026-11-01T08:00:00Z") };
  await t.db.document.createMany({
    data: [
      { ...base, id: "d-before", setId: "s1", publishedAt: new Date("2026-11-10T10:00:00Z") },
      { ...base, id: "d-after", setId: "s2", publishedAt: new Date("2026-11-25T10:00:00Z") },
      // Published since, but not visible to the citizen yet: it must not be announced as new.
      { ...base, id: "d-withheld", setId: "s3", publishedAt: new Date("2026-11-26T10:00:00Z"), hiddenFromPatient: true },
    ],
  });
});
afterAll(() => t.close());

describe(`the reads of every logged-in page (${engine})`, () => {
  it("lists the staff roles a person holds", async () => {
    const roles = await findRoles(t.db, "p-anna");
    expect(roles.map((role) => role.role).sort()).toEqual(["OPERATOR", "PROFESSIONAL"]);
    expect(roles.find((role) => role.role === "OPERATOR")).toEqual({ role: "OPERATOR", title: "Operatrice di sportello", facilityId: null, deskPoint: "PAS Centro" });
    expect(await findRoles(t.db, "p-nobody")).toEqual([]);
  });

  it("names the start of the latest visit before this one, and none on a first visit", async () => {
    expect(await previousVisitStart(t.db, "p-anna", "s-now")).toEqual(new Date("2026-11-20T09:00:00Z"));
    expect(await previousVisitStart(t.db, "p-nobody", "s-x")).toBeNull();
  });

  it("refreshes an open session and leaves an ended one as it was", async () => {
    const now = new Date("2026-12-01T10:20:00Z");
    await touchSession(t.db, "s-now", now);
    await touchSession(t.db, "s-last", now);
    expect((await findSession(t.db, "s-now"))?.lastSeenAt).toEqual(now);
    expect((await findSession(t.db, "s-last"))?.lastSeenAt).toEqual(new Date("2026-11-20T09:05:00Z"));
  });

  it("counts unread notices and the documents published since the last visit that the viewer may see", async () => {
    const unread = await withAccess(t.db, { actor: citizen, action: "notification.read", subjectId: "p-anna", purpose: "NOTIFICHE_NON_LETTE" }, (subject, tx) => unreadCount(tx, subject));
    expect(unread).toMatchObject({ allowed: true, value: 2 });
    const fresh = await withAccess(t.db, { actor: citizen, action: "document.list", subjectId: "p-anna", purpose: "NUOVI_DOCUMENTI" }, (subject, tx) => countPublishedSince(tx, subject, new Date("2026-11-20T09:00:00Z")));
    expect(fresh).toMatchObject({ allowed: true, value: 1 });
  });
});
