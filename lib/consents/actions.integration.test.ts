import "@/lib/test/actions-harness";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ACTING_FOR_COOKIE } from "@/lib/delegations/context";
import { actAs, formOf, harness } from "@/lib/test/actions-harness";
import { createTestDatabase, type TestDatabase } from "@/lib/test/database";
import { changeConsent } from "./actions";

// A parent changes a child's consents from the child's record; a change must land on exactly the person
// whose consents the page showed, even when the record open changed in another tab meanwhile.

let t: TestDatabase;
const idle = { status: "idle" as const, message: "" };
const eventsOf = (subjectId: string) => t.db.consentEvent.findMany({ where: { subjectId } });

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
  await t.db.delegation.create({
    data: { id: "mario-sofia", subjectId: "sofia", delegateId: "mario", kind: "PARENT", scope: "documenti,accessi,consensi", canManage: true, status: "ACTIVE", startsAt: now, createdAt: now, createdById: "mario", channel: "DESK" },
  });
});
afterAll(() => t.close());
beforeEach(async () => {
  harness.cookies.clear();
  await t.db.consentEvent.deleteMany();
  actAs("mario");
});

describe("a parent's consent change from a child's record", () => {
  it("lands on the child when the page showed the child's consents", async () => {
    harness.cookies.set(ACTING_FOR_COOKIE, "sofia");
    const result = await changeConsent(idle, formOf({ fascicoloDi: "sofia", kind: "EMERGENCY", granted: "true", confirm: "on" }));
    expect(result.status).toBe("ok");
    expect(await eventsOf("sofia")).toMatchObject([{ kind: "EMERGENCY", granted: true, actorId: "mario", actorRole: "DELEGATE" }]);
    expect(await eventsOf("mario")).toEqual([]);
  });

  it("changes nothing when the parent went back to their own record in another tab", async () => {
    // The page showed Sofia's consents; the cookie now says Mario's own record is open.
    const result = await changeConsent(idle, formOf({ fascicoloDi: "sofia", kind: "CARE", granted: "false", confirm: "on" }));
    expect(result.status).toBe("error");
    expect(result.message).toMatch(/un'altra persona/);
    expect(await t.db.consentEvent.count()).toBe(0);
  });

  it("changes nothing when the page showed the parent's own consents and the child's record is open now", async () => {
    harness.cookies.set(ACTING_FOR_COOKIE, "sofia");
    expect((await changeConsent(idle, formOf({ fascicoloDi: "mario", kind: "CARE", granted: "false", confirm: "on" }))).status).toBe("error");
    expect((await changeConsent(idle, formOf({ kind: "CARE", granted: "false", confirm: "on" }))).status).toBe("error");
    expect(await t.db.consentEvent.count()).toBe(0);
  });

  it("lands on the parent's own record when that is what the page showed", async () => {
    expect((await changeConsent(idle, formOf({ fascicoloDi: "mario", kind: "CARE", granted: "true", confirm: "on" }))).status).toBe("ok");
    expect(await eventsOf("mario")).toMatchObject([{ kind: "CARE", granted: true, actorId: "mario", actorRole: "CITIZEN" }]);
  });
});
