import "@/lib/test/actions-harness";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ACTING_FOR_COOKIE } from "@/lib/delegations/context";
import { actAs, formOf, harness } from "@/lib/test/actions-harness";
import { createTestDatabase, type TestDatabase } from "@/lib/test/database";
import { changeNotificationPreference } from "./actions";
import { loadMyNotifications } from "./loaders";

// A person's inbox and their choice of notices pass the gate on their own record, like any other part of
// it: each read or change leaves its access-log row, and a minor's (managed by their parents) is refused.

let t: TestDatabase;
const IDLE = { status: "idle", message: "" } as const;
const lastRow = (subjectId: string) => t.db.accessLogEntry.findFirst({ where: { subjectId }, orderBy: { seq: "desc" } });
const enabled = async (id: string) => (await t.db.person.findUniqueOrThrow({ where: { id } })).notificationsEnabled;

beforeAll(async () => {
  t = await createTestDatabase();
  harness.db = t.db;
  await t.db.person.createMany({
    data: [
      { id: "mario", fiscalCode: "RSSMRA80A01H501U", givenName: "Mario", familyName: "Rossi", birthDate: new Date("1980-01-01"), sex: "M" },
      { id: "sofia", fiscalCode: "RSSSFO15H52H501F", givenName: "Sofia", familyName: "Rossi", birthDate: new Date("2015-06-12"), sex: "F" },
    ],
  });
  const now = new Date();
  await t.db.notification.createMany({
    data: [
      { id: "n1", personId: "mario", kind: "CONSENT_CHANGED", text: "I tuoi consensi sono cambiati.", createdAt: now },
      { id: "n2", personId: "sofia", kind: "DELEGATION_CREATED", text: "È stata registrata una nuova delega sul tuo fascicolo.", createdAt: now },
    ],
  });
  await t.db.delegation.create({
    data: { id: "d", subjectId: "sofia", delegateId: "mario", kind: "PARENT", scope: "documenti,accessi,consensi", canManage: true, status: "ACTIVE", startsAt: now, createdAt: now, createdById: "mario", channel: "DESK" },
  });
});
afterAll(() => t.close());

describe("the inbox", () => {
  it("shows the person's own notices and marks them read, in one logged pass of the gate", async () => {
    actAs("mario");
    const outcome = await loadMyNotifications();
    expect(outcome.allowed && outcome.value.items.map((item) => item.id)).toEqual(["n1"]);
    expect((await t.db.notification.findUniqueOrThrow({ where: { id: "n1" } })).readAt).not.toBeNull();
    expect(await lastRow("mario")).toMatchObject({ actorId: "mario", action: "notification.read", outcome: "ALLOW", basis: "SELF", purpose: "NOTIFICHE" });
  });

  it("stays the parent's own while they consult their child's record", async () => {
    actAs("mario");
    harness.cookies.set(ACTING_FOR_COOKIE, "sofia");
    try {
      const outcome = await loadMyNotifications();
      expect(outcome.allowed && outcome.value.items.map((item) => item.id)).toEqual(["n1"]);
      expect(await changeNotificationPreference(IDLE, formOf({ enabled: "false" }))).toMatchObject({ status: "ok" });
      expect(await enabled("mario")).toBe(false);
      expect(await enabled("sofia")).toBe(true);
      expect(await lastRow("mario")).toMatchObject({ action: "notification.manage", outcome: "ALLOW", purpose: "PREFERENZA_NOTIFICHE" });
    } finally {
      harness.cookies.delete(ACTING_FOR_COOKIE);
    }
  });

  it("is refused to a minor, logged, and leaves their notices and choice as they were", async () => {
    actAs("sofia");
    expect(await loadMyNotifications()).toEqual({ allowed: false, reason: "MINOR_SELF_ACCESS" });
    expect((await t.db.notification.findUniqueOrThrow({ where: { id: "n2" } })).readAt).toBeNull();
    expect(await lastRow("sofia")).toMatchObject({ actorId: "sofia", action: "notification.read", outcome: "DENY", reason: "MINOR_SELF_ACCESS" });
    expect((await changeNotificationPreference(IDLE, formOf({ enabled: "false" }))).status).toBe("error");
    expect(await enabled("sofia")).toBe(true);
    expect(await lastRow("sofia")).toMatchObject({ action: "notification.manage", outcome: "DENY" });
  });
});
