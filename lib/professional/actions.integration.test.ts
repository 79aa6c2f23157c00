import "@/lib/test/actions-harness";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actAs, formOf, harness } from "@/lib/test/actions-harness";
import { createTestDatabase, type TestDatabase } from "@/lib/test/database";
import { openPatientRecord } from "./actions";

// Breaking the glass is always visible to the citizen: the portal's page promises it. A citizen who turned
// notifications off still finds the notice in the portal; only the e-mail and the SMS stay unsent.

let t: TestDatabase;
const IDLE = { status: "idle", message: "" } as const;
const AT = new Date("2026-01-01T10:00:00Z");

beforeAll(async () => {
  t = await createTestDatabase();
  harness.db = t.db;
  await t.db.facility.create({ data: { id: "f", code: "1", name: "Ospedale di prova", type: "Ospedale" } });
  await t.db.person.createMany({
    data: [
      {
        id: "anna", fiscalCode: "SPSNNA38P67F839F", givenName: "Anna", familyName: "Esposito", birthDate: new Date("1938-09-27"), sex: "F",
        notificationsEnabled: false, contactEmail: "anna@example.org", emailVerifiedAt: AT, contactPhone: "+393330000000", phoneVerifiedAt: AT,
      },
      { id: "roberto", fiscalCode: "BRNRRT68E20A944U", givenName: "Roberto", familyName: "Bruno", birthDate: new Date("1968-05-20"), sex: "M" },
    ],
  });
  await t.db.personRole.create({ data: { id: randomUUID(), personId: "roberto", role: "PROFESSIONAL", title: "Medico", facilityId: "f" } });
  await t.db.consentEvent.createMany({
    data: ["CARE", "EMERGENCY"].map((kind) => ({ id: randomUUID(), subjectId: "anna", kind, granted: true, at: AT, actorId: "anna", actorRole: "CITIZEN", channel: "ONLINE" })),
  });
});
afterAll(() => t.close());

describe("an emergency access to the record of a citizen who turned notifications off", () => {
  it("leaves the notice in the portal and sends no e-mail nor SMS", async () => {
    actAs("roberto", "PROFESSIONAL");
    const form = formOf({ fiscalCode: "SPSNNA38P67F839F", emergency: "on", reason: "Paziente incosciente in pronto soccorso" });
    await expect(openPatientRecord(IDLE, form)).rejects.toThrow("redirect:/professionista/pazienti/anna");
    expect(await t.db.emergencyAccess.count({ where: { subjectId: "anna" } })).toBe(1);
    const notices = await t.db.notification.findMany({ where: { personId: "anna" } });
    expect(notices.map((notice) => notice.kind)).toEqual(["EMERGENCY_ACCESS"]);
    expect(notices[0]!.text).toContain("in emergenza");
    expect(await t.db.emailOutbox.count()).toBe(0);
    expect(await t.db.smsOutbox.count()).toBe(0);
  });

  it("sends the e-mail and the SMS too once notifications are back on", async () => {
    await t.db.person.update({ where: { id: "anna" }, data: { notificationsEnabled: true } });
    actAs("roberto", "PROFESSIONAL");
    const form = formOf({ fiscalCode: "SPSNNA38P67F839F", emergency: "on", reason: "Paziente incosciente in pronto soccorso" });
    await expect(openPatientRecord(IDLE, form)).rejects.toThrow("redirect:");
    expect(await t.db.notification.count({ where: { personId: "anna" } })).toBe(2);
    expect(await t.db.emailOutbox.findMany({ select: { recipient: true } })).toEqual([{ recipient: "anna@example.org" }]);
    expect(await t.db.smsOutbox.findMany({ select: { recipient: true } })).toEqual([{ recipient: "+393330000000" }]);
  });
});
