import "@/lib/test/actions-harness";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { IDLE } from "@/lib/http/form-state";
import { notify } from "@/lib/notifications/mutations";
import { formOf, harness } from "@/lib/test/actions-harness";
import { createTestDatabase, type TestDatabase } from "@/lib/test/database";
import { confirmCode, requestCode } from "./actions";
import { normalizeMobile } from "./schema";

// Contacts are used for notifications only once confirmed by the code sent to them.

let t: TestDatabase;
const sentCode = async (recipient: string) => /(\d{6})/.exec((await t.db.smsOutbox.findFirstOrThrow({ where: { recipient }, orderBy: { createdAt: "desc" } })).body)![1]!;

beforeAll(async () => {
  t = await createTestDatabase();
  harness.db = t.db;
  await t.db.person.create({ data: { id: "teresa", fiscalCode: "FNTTRS62M59L736X", givenName: "Teresa", familyName: "Fontana", birthDate: new Date("1962-08-19"), sex: "F" } });
  harness.actor = { personId: "teresa", role: "CITIZEN", displayName: "Teresa Fontana" };
});
afterAll(() => t.close());

describe("confirming a mobile number", () => {
  it("refuses what is not an Italian mobile number", async () => {
    expect((await requestCode(IDLE, formOf({ channel: "SMS", target: "06 1234567" }))).fieldErrors?.target).toMatch(/cellulare italiano/);
    expect(normalizeMobile("+39 333 123 4567")).toBe("+393331234567");
    expect(normalizeMobile("0039 333.123.4567")).toBe("+393331234567");
  });

  it("sends a code, refuses a wrong one, accepts the right one, and then notifies by SMS", async () => {
    expect((await requestCode(IDLE, formOf({ channel: "SMS", target: "333 123 4567" }))).status).toBe("ok");
    const verification = await t.db.contactVerification.findFirstOrThrow({ where: { personId: "teresa" } });
    expect(verification.codeHash).not.toContain(await sentCode("+393331234567"));
    const wrong = String((Number(await sentCode("+393331234567")) + 1) % 1_000_000).padStart(6, "0");
    expect(await confirmCode(IDLE, formOf({ verificationId: verification.id, code: wrong }))).toMatchObject({ status: "error", fieldErrors: { code: "Il codice non è corretto. Controllalo e riprova." } });
    expect((await t.db.person.findUniqueOrThrow({ where: { id: "teresa" } })).contactPhone).toBeNull();
    expect((await confirmCode(IDLE, formOf({ verificationId: verification.id, code: await sentCode("+393331234567") }))).status).toBe("ok");
    expect(await t.db.person.findUniqueOrThrow({ where: { id: "teresa" } })).toMatchObject({ contactPhone: "+393331234567" });
    await t.db.$transaction((tx) => notify(tx, "teresa", "CONSENT_CHANGED", "È cambiato un consenso.", new Date()));
    expect(await t.db.smsOutbox.count({ where: { recipient: "+393331234567" } })).toBe(2);
  });

  it("gives up after five wrong codes", async () => {
    await requestCode(IDLE, formOf({ channel: "EMAIL", target: "teresa@example.it" }));
    const verification = await t.db.contactVerification.findFirstOrThrow({ where: { personId: "teresa", channel: "EMAIL" } });
    const code = /(\d{6})/.exec((await t.db.emailOutbox.findFirstOrThrow({ where: { recipient: "teresa@example.it" } })).body)![1]!;
    const outcomes = [];
    for (let i = 1; i <= 5; i++) {
      const wrong = String((Number(code) + i) % 1_000_000).padStart(6, "0");
      outcomes.push((await confirmCode(IDLE, formOf({ verificationId: verification.id, code: wrong }))).message);
    }
    expect(outcomes.at(-1)).toMatch(/scaduto o è stato sbagliato troppe volte/);
    expect((await confirmCode(IDLE, formOf({ verificationId: verification.id, code }))).message).toMatch(/scaduto/);
    expect((await t.db.person.findUniqueOrThrow({ where: { id: "teresa" } })).contactEmail).toBeNull();
  });
});
