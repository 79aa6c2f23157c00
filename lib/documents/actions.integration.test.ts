import "@/lib/test/actions-harness";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { changeConsent } from "@/lib/consents/actions";
import { openPatientRecord } from "@/lib/professional/actions";
import { formOf, harness } from "@/lib/test/actions-harness";
import { createTestDatabase, type TestDatabase } from "@/lib/test/database";
import { changeVisibility } from "./actions";

let t: TestDatabase;

beforeAll(async () => {
  t = await createTestDatabase();
  harness.db = t.db;
  await t.db.person.createMany({
    data: [
      { id: "mario", fiscalCode: "RSSMRA80A01H501U", givenName: "Mario", familyName: "Rossi", birthDate: new Date("1980-01-01"), sex: "M" },
      { id: "lucia", fiscalCode: "VRDLCU85T50F205H", givenName: "Lucia", familyName: "Verdi", birthDate: new Date("1985-12-10"), sex: "F" },
    ],
  });
  await t.db.facility.create({ data: { id: "f", code: "1", name: "Ospedale", type: "Ospedale" } });
  await t.db.document.create({
    data: {
      id: "lucia-doc", patientId: "lucia", facilityId: "f", typeCode: "11502-2", classCode: "REF", title: "Referto", titleSearch: "referto",
      clinicalDate: new Date(), publishedAt: new Date(), authorName: "Dr", setId: "s", fileHash: "h", fileSize: 1, contentType: "application/pdf",
    },
  });
});
afterAll(() => t.close());

describe("server actions re-check the actor and refuse bad input without changes", () => {
  it("refuses a raw POST that obscures someone else's document", async () => {
    harness.actor = { personId: "mario", role: "CITIZEN", displayName: "Mario" };
    const result = await changeVisibility({ status: "idle", message: "" }, formOf({ documentId: "lucia-doc", obscure: "true", confirm: "on" }));
    expect(result.status).toBe("error");
    expect((await t.db.document.findUniqueOrThrow({ where: { id: "lucia-doc" } })).obscuredByCitizen).toBe(false);
    // The action only ever acts on the caller's own record: there the document does not exist, and the
    // refused attempt is logged.
    expect(await t.db.accessLogEntry.findFirst({ where: { actorId: "mario", resourceId: "lucia-doc" } })).toMatchObject({
      subjectId: "mario",
      outcome: "DENY",
      reason: "NOT_FOUND",
      action: "document.visibility",
    });
  });

  it("lets the owner obscure it, and asks for a recent login to make it visible again", async () => {
    harness.actor = { personId: "lucia", role: "CITIZEN", displayName: "Lucia" };
    harness.authenticatedAt = new Date();
    expect((await changeVisibility({ status: "idle", message: "" }, formOf({ documentId: "lucia-doc", obscure: "true", confirm: "on" }))).status).toBe("ok");
    harness.authenticatedAt = new Date(Date.now() - 10 * 60_000);
    expect((await changeVisibility({ status: "idle", message: "" }, formOf({ documentId: "lucia-doc", obscure: "false", confirm: "on" }))).status).toBe("reauth");
    expect((await t.db.document.findUniqueOrThrow({ where: { id: "lucia-doc" } })).obscuredByCitizen).toBe(true);
  });

  it("answers malformed input with a clear Italian message and writes nothing", async () => {
    harness.actor = { personId: "lucia", role: "CITIZEN", displayName: "Lucia" };
    const before = await t.db.consentEvent.count();
    expect(await changeConsent({ status: "idle", message: "" }, formOf({ kind: "EVERYTHING", granted: "true", confirm: "on" }))).toEqual({ status: "error", message: "Scelta non riconosciuta." });
    expect((await changeConsent({ status: "idle", message: "" }, formOf({ kind: "CARE", granted: "true" }))).message).toMatch(/spunta la casella/);
    expect(await t.db.consentEvent.count()).toBe(before);
  });

  it("records a consent only for the logged-in citizen, whatever the form says", async () => {
    harness.actor = { personId: "lucia", role: "CITIZEN", displayName: "Lucia" };
    await changeConsent({ status: "idle", message: "" }, formOf({ kind: "CARE", granted: "true", confirm: "on", subjectId: "mario", fascicoloDi: "lucia" }));
    expect(await t.db.consentEvent.findMany({ where: { subjectId: "mario" } })).toEqual([]);
    expect(await t.db.consentEvent.findFirst({ where: { subjectId: "lucia" } })).toMatchObject({ kind: "CARE", granted: true, actorId: "lucia", channel: "ONLINE" });
  });

  it("refuses the professional lookup to someone without the role", async () => {
    harness.actor = { personId: "mario", role: "CITIZEN", displayName: "Mario" };
    const result = await openPatientRecord({ status: "idle", message: "" }, formOf({ fiscalCode: "VRDLCU85T50F205H" }));
    expect(result).toMatchObject({ status: "error", message: "Questa funzione è riservata ai professionisti sanitari." });
  });
});
