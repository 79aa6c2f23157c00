import "@/lib/test/actions-harness";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { IDLE } from "@/lib/http/form-state";
import { actAs, formOf, harness } from "@/lib/test/actions-harness";
import { createTestDatabase, type TestDatabase } from "@/lib/test/database";
import { actFor, answerDelegation } from "./actions";
import { ACTING_FOR_COOKIE, requireActingContext } from "./context";
import { loadMyDelegations } from "./loaders";

// Reading one's delegations passes the gate on one's own record ("delegation.read"): the delegations
// page, the name on the "you are consulting…" banner, the check before switching record or answering.

let t: TestDatabase;
const rowsOf = (subjectId: string) => t.db.accessLogEntry.findMany({ where: { subjectId, action: "delegation.read" }, orderBy: { seq: "asc" } });
const now = new Date();
const delegation = (id: string, subjectId: string, delegateId: string, kind: string, status: string) => ({
  id, subjectId, delegateId, kind, status, scope: "documenti", canManage: false, startsAt: now, endsAt: kind === "TRUSTED" ? new Date(now.getTime() + 90 * 86_400_000) : null, createdAt: now, createdById: subjectId, channel: "ONLINE",
});

beforeAll(async () => {
  t = await createTestDatabase();
  harness.db = t.db;
  await t.db.person.createMany({
    data: [
      { id: "mario", fiscalCode: "RSSMRA80A01H501U", givenName: "Mario", familyName: "Rossi", birthDate: new Date("1980-01-01"), sex: "M" },
      { id: "lucia", fiscalCode: "VRDLCU85T50F205H", givenName: "Lucia", familyName: "Verdi", birthDate: new Date("1985-12-10"), sex: "F" },
      { id: "paolo", fiscalCode: "GRCPLA90E30G273L", givenName: "Paolo", familyName: "Greco", birthDate: new Date("1990-05-30"), sex: "M" },
      { id: "sofia", fiscalCode: "RSSSFO15H52H501F", givenName: "Sofia", familyName: "Rossi", birthDate: new Date("2015-06-12"), sex: "F" },
    ],
  });
  await t.db.delegation.createMany({
    data: [
      delegation("mario-sofia", "sofia", "mario", "PARENT", "ACTIVE"),
      delegation("paolo-mario", "mario", "paolo", "TRUSTED", "ACTIVE"),
      delegation("lucia-mario", "lucia", "mario", "TRUSTED", "PENDING"),
    ],
  });
});
afterAll(() => t.close());

describe("a person's own delegations", () => {
  it("are read for the delegations page in one logged pass of the gate on their own record", async () => {
    actAs("mario");
    const before = (await rowsOf("mario")).length;
    const page = await loadMyDelegations();
    expect(page.held.map((held) => held.subjectName)).toEqual(["Sofia Rossi"]);
    expect(page.given.map((given) => given.delegateName)).toEqual(["Paolo Greco"]);
    expect(page.awaiting.map((awaiting) => awaiting.subjectName)).toEqual(["Lucia Verdi"]);
    const rows = await rowsOf("mario");
    expect(rows).toHaveLength(before + 1);
    expect(rows.at(-1)).toMatchObject({ actorId: "mario", actorRole: "CITIZEN", basis: "SELF", outcome: "ALLOW", purpose: "DELEGHE" });
    // Nothing is logged on the records the delegations concern: the page opens none of them.
    expect(await rowsOf("sofia")).toEqual([]);
  });

  it("give the banner its name through the gate, and no name without a delegation", async () => {
    actAs("mario");
    harness.cookies.set(ACTING_FOR_COOKIE, "sofia");
    try {
      expect(await requireActingContext()).toMatchObject({ actor: { role: "DELEGATE" }, subjectId: "sofia", actingFor: { name: "Sofia Rossi" } });
      expect((await rowsOf("mario")).at(-1)).toMatchObject({ purpose: "PER_CONTO_DI", resourceType: "PERSON", resourceId: "sofia", outcome: "ALLOW" });
      harness.cookies.set(ACTING_FOR_COOKIE, "paolo");
      expect(await requireActingContext()).toMatchObject({ actor: { role: "CITIZEN" }, subjectId: "mario", actingFor: null });
    } finally {
      harness.cookies.delete(ACTING_FOR_COOKIE);
    }
  });

  it("are checked, and the check logged, before switching record", async () => {
    actAs("mario");
    await expect(actFor(formOf({ subjectId: "sofia" }))).rejects.toThrow(/^redirect:\/$/);
    expect(harness.cookies.get(ACTING_FOR_COOKIE)).toBe("sofia");
    harness.cookies.delete(ACTING_FOR_COOKIE);
    // A pending delegation does not open a record yet.
    await expect(actFor(formOf({ subjectId: "lucia" }))).rejects.toThrow(/^redirect:\/deleghe$/);
    expect(harness.cookies.has(ACTING_FOR_COOKIE)).toBe(false);
    expect((await rowsOf("mario")).at(-1)).toMatchObject({ purpose: "SCELTA_FASCICOLO", outcome: "ALLOW" });
  });

  it("tell which record an answer concerns, read on the delegate's own record; another person's answer is refused", async () => {
    actAs("paolo");
    expect((await answerDelegation(IDLE, formOf({ delegationId: "lucia-mario", answer: "ACCEPT" }))).status).toBe("error");
    expect((await t.db.delegation.findUniqueOrThrow({ where: { id: "lucia-mario" } })).status).toBe("PENDING");
    actAs("mario");
    expect((await answerDelegation(IDLE, formOf({ delegationId: "lucia-mario", answer: "ACCEPT" }))).status).toBe("ok");
    expect((await rowsOf("mario")).at(-1)).toMatchObject({ purpose: "ACCETTAZIONE_DELEGA", resourceType: "DELEGATION", resourceId: "lucia-mario", outcome: "ALLOW" });
    expect(await t.db.accessLogEntry.findFirst({ where: { subjectId: "lucia", action: "delegation.respond" } })).toMatchObject({ actorId: "mario", resourceType: "DELEGATION", resourceId: "lucia-mario" });
  });
});
