import "@/lib/test/actions-harness";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { IDLE } from "@/lib/http/form-state";
import { notify } from "@/lib/notifications/mutations";
import { formOf, harness } from "@/lib/test/actions-harness";
import { createTestDatabase, type TestDatabase } from "@/lib/test/database";
import { chooseLanguage, confirmCode, requestCode } from "./actions";
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

describe("choosing the portal's language", () => {
  it("keeps the choice in the profile and in a cookie, logs it, and answers in the new language", async () => {
    harness.cookies.clear();
    const outcome = await chooseLanguage(IDLE, formOf({ lingua: "en" }));
    expect(outcome).toMatchObject({ status: "ok", message: "From now on the portal is in English." });
    expect((await t.db.person.findUniqueOrThrow({ where: { id: "teresa" } })).language).toBe("en");
    expect(harness.cookies.get("lingua")).toBe("en");
    expect(await t.db.accessLogEntry.count({ where: { subjectId: "teresa", purpose: "LINGUA", outcome: "ALLOW" } })).toBe(1);
  });

  it("refuses a language the portal does not offer, changing nothing", async () => {
    const outcome = await chooseLanguage(IDLE, formOf({ lingua: "fr" }));
    expect(outcome).toMatchObject({ status: "error", fieldErrors: { lingua: "Scegli una delle lingue proposte." } });
    expect((await t.db.person.findUniqueOrThrow({ where: { id: "teresa" } })).language).toBe("en");
  });

  it("lets a visitor who is not logged in choose too, in the cookie only", async () => {
    const actor = harness.actor;
    harness.actor = null;
    harness.cookies.clear();
    expect((await chooseLanguage(IDLE, formOf({ lingua: "it" }))).message).toBe("Da ora il portale è in italiano.");
    expect(harness.cookies.get("lingua")).toBe("it");
    expect((await t.db.person.findUniqueOrThrow({ where: { id: "teresa" } })).language).toBe("en");
    harness.actor = actor;
  });

  it("lets a minor, whose record their parents manage, choose the language of their pages for this browser", async () => {
    const actor = harness.actor;
    await t.db.person.create({ data: { id: "giulia", fiscalCode: "RCCGLI10L61D612X", givenName: "Giulia", familyName: "Ricci", birthDate: new Date("2010-07-21"), sex: "F" } });
    harness.actor = { personId: "giulia", role: "CITIZEN", displayName: "Giulia Ricci" };
    harness.cookies.clear();
    expect((await chooseLanguage(IDLE, formOf({ lingua: "en" }))).status).toBe("ok");
    expect(harness.cookies.get("lingua")).toBe("en");
    expect((await t.db.person.findUniqueOrThrow({ where: { id: "giulia" } })).language).toBeNull();
    harness.actor = actor;
  });

  it("writes notices in the recipient's language, in the portal and by e-mail", async () => {
    await t.db.person.update({ where: { id: "teresa" }, data: { contactEmail: "teresa@example.it", emailVerifiedAt: new Date() } });
    await t.db.$transaction((tx) => notify(tx, "teresa", "DELEGATION_CHANGED", "Una persona delegata ha rinunciato alla delega sul tuo fascicolo.", new Date()));
    const notice = await t.db.notification.findFirstOrThrow({ where: { personId: "teresa", kind: "DELEGATION_CHANGED" } });
    expect(notice.text).toBe("A delegate has given up the delegation on your record.");
    const mail = await t.db.emailOutbox.findFirstOrThrow({ where: { recipient: "teresa@example.it", subject: { startsWith: "Health Record" } } });
    expect(mail.subject).toBe("Health Record: a delegation has changed");
    expect(mail.body).toContain("Log in to the Electronic Health Record with SPID or CIE");
  });

  it("answers in the language of the person who acts", async () => {
    harness.language = "en";
    const outcome = await requestCode(IDLE, formOf({ channel: "SMS", target: "333 765 4321" }));
    expect(outcome.message).toMatch(/^We have sent a 6-digit code to the number \+393337654321/);
    harness.language = "it";
  });
});
