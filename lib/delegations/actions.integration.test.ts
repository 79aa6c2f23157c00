import "@/lib/test/actions-harness";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { romeIsoDate } from "@/lib/i18n/time-zone";
import { withAccess } from "@/lib/access/gate";
import type { Actor } from "@/lib/access/types";
import { deskDecideParentalRequest } from "@/lib/desk/actions";
import { IDLE } from "@/lib/http/form-state";
import { actAs, formOf, harness } from "@/lib/test/actions-harness";
import { createTestDatabase, type TestDatabase } from "@/lib/test/database";
import { answerDelegation, delegateTrustedPerson, requestChildAccess, revokeDelegation } from "./actions";
import { ACTING_FOR_COOKIE } from "./context";

// The online delegation flows, driven through the server actions as raw POSTs would drive them.

let t: TestDatabase;
const inMonths = (months: number) => {
  const date = new Date();
  date.setUTCMonth(date.getUTCMonth() + months);
  return date.toISOString().slice(0, 10);
};
const delegationsOf = (subjectId: string) => t.db.delegation.findMany({ where: { subjectId }, orderBy: { createdAt: "asc" } });

beforeAll(async () => {
  t = await createTestDatabase();
  harness.db = t.db;
  await t.db.person.createMany({
    data: [
      { id: "mario", fiscalCode: "RSSMRA80A01H501U", givenName: "Mario", familyName: "Rossi", birthDate: new Date("1980-01-01"), sex: "M" },
      { id: "lucia", fiscalCode: "VRDLCU85T50F205H", givenName: "Lucia", familyName: "Verdi", birthDate: new Date("1985-12-10"), sex: "F" },
      { id: "paolo", fiscalCode: "GRCPLA90E30G273L", givenName: "Paolo", familyName: "Greco", birthDate: new Date("1990-05-30"), sex: "M" },
      { id: "sofia", fiscalCode: "RSSSFO15H52H501F", givenName: "Sofia", familyName: "Rossi", birthDate: new Date("2015-06-12"), sex: "F" },
      { id: "stefano", fiscalCode: "NRESFN82P14H501O", givenName: "Stefano", familyName: "Neri", birthDate: new Date("1982-09-14"), sex: "M" },
    ],
  });
  await t.db.personRole.create({ data: { id: "r", personId: "stefano", role: "OPERATOR", title: "Operatore", deskPoint: "PAS 1" } });
});
afterAll(() => t.close());
beforeEach(() => {
  harness.birthDate = new Date("1980-01-01");
});

describe("a citizen delegates a trusted adult online", () => {
  it("creates a pending delegation that opens nothing until the delegate accepts", async () => {
    actAs("mario");
    const result = await delegateTrustedPerson(IDLE, formOf({ delegateFiscalCode: "grcpla90e30g273l", endsAt: inMonths(6), scope: ["documenti"] }));
    expect(result.status).toBe("ok");
    const [pending] = await delegationsOf("mario");
    expect(pending).toMatchObject({ delegateId: "paolo", kind: "TRUSTED", status: "PENDING", scope: "documenti", canManage: false, channel: "ONLINE" });
    const paolo: Actor = { personId: "paolo", role: "DELEGATE", displayName: "Paolo" };
    expect(await withAccess(t.db, { actor: paolo, action: "document.list", subjectId: "mario", purpose: "TEST" }, async () => "ok")).toEqual({ allowed: false, reason: "DELEGATION_PENDING" });
    expect(await t.db.notification.count({ where: { personId: "paolo" } })).toBe(1);

    actAs("paolo");
    expect((await answerDelegation(IDLE, formOf({ delegationId: pending!.id, answer: "ACCEPT" }))).status).toBe("ok");
    expect((await withAccess(t.db, { actor: paolo, action: "document.list", subjectId: "mario", purpose: "TEST" }, async () => "ok")).allowed).toBe(true);
    // The answer is in Mario's access log, and Mario is told.
    expect(await t.db.accessLogEntry.findFirst({ where: { subjectId: "mario", action: "delegation.respond" } })).toMatchObject({ actorId: "paolo", outcome: "ALLOW", purpose: "ACCETTAZIONE_DELEGA" });
    expect(await t.db.notification.count({ where: { personId: "mario", kind: "DELEGATION_CHANGED" } })).toBe(1);
  });

  it("ends the delegation at the end of the chosen day in Rome, so the page shows the day typed", async () => {
    actAs("mario");
    const before = new Set((await delegationsOf("mario")).map((row) => row.id));
    const endsAt = inMonths(5);
    expect((await delegateTrustedPerson(IDLE, formOf({ delegateFiscalCode: "VRDLCU85T50F205H", endsAt, scope: ["documenti"] }))).status).toBe("ok");
    const created = (await delegationsOf("mario")).find((row) => !before.has(row.id))!;
    expect(romeIsoDate(created.endsAt!)).toBe(endsAt);
    expect(romeIsoDate(new Date(created.endsAt!.getTime() + 1))).not.toBe(endsAt);
    await t.db.delegation.delete({ where: { id: created.id } });
  });

  it("refuses a second delegation to the same person, an end date past the limit, and an unknown person, with no change", async () => {
    actAs("mario");
    const before = (await delegationsOf("mario")).length;
    expect((await delegateTrustedPerson(IDLE, formOf({ delegateFiscalCode: "GRCPLA90E30G273L", endsAt: inMonths(6), scope: ["documenti"] }))).message).toMatch(/già una delega/);
    expect((await delegateTrustedPerson(IDLE, formOf({ delegateFiscalCode: "VRDLCU85T50F205H", endsAt: inMonths(30), scope: ["documenti"] }))).message).toMatch(/al massimo 24 mesi/);
    const unknown = await delegateTrustedPerson(IDLE, formOf({ delegateFiscalCode: "BNCGPP75C15Z404W", endsAt: inMonths(6), scope: ["documenti"] }));
    expect(unknown.fieldErrors?.delegateFiscalCode).toMatch(/non risulta/);
    const malformed = await delegateTrustedPerson(IDLE, formOf({ delegateFiscalCode: "RSSMRA80A01H501X", endsAt: "domani" }));
    expect(malformed.fieldErrors).toMatchObject({ delegateFiscalCode: expect.stringMatching(/non è valido/), endsAt: expect.any(String), scope: expect.any(String) });
    expect(malformed.values?.delegateFiscalCode).toBe("RSSMRA80A01H501X");
    expect((await delegationsOf("mario")).length).toBe(before);
  });

  it("lets only the delegate answer, and only the subject end it", async () => {
    const [delegation] = await delegationsOf("mario");
    actAs("lucia");
    expect((await answerDelegation(IDLE, formOf({ delegationId: delegation!.id, answer: "RENOUNCE" }))).status).toBe("error");
    expect((await revokeDelegation(IDLE, formOf({ delegationId: delegation!.id }))).status).toBe("error");
    expect((await t.db.delegation.findUniqueOrThrow({ where: { id: delegation!.id } })).status).toBe("ACTIVE");
    actAs("mario");
    expect((await revokeDelegation(IDLE, formOf({ delegationId: delegation!.id }))).status).toBe("ok");
    expect(await t.db.delegation.findUniqueOrThrow({ where: { id: delegation!.id } })).toMatchObject({ status: "REVOKED", endedById: "mario" });
    const paolo: Actor = { personId: "paolo", role: "DELEGATE", displayName: "Paolo" };
    expect(await withAccess(t.db, { actor: paolo, action: "document.list", subjectId: "mario", purpose: "TEST" }, async () => "ok")).toEqual({ allowed: false, reason: "DELEGATION_ENDED" });
  });

  it("lets the delegate decline a request and give up an accepted one", async () => {
    actAs("mario");
    await delegateTrustedPerson(IDLE, formOf({ delegateFiscalCode: "VRDLCU85T50F205H", endsAt: inMonths(3), scope: ["documenti", "accessi"], canManage: "on" }));
    const request = (await delegationsOf("mario")).find((row) => row.delegateId === "lucia")!;
    actAs("lucia");
    expect((await answerDelegation(IDLE, formOf({ delegationId: request.id, answer: "DECLINE" }))).status).toBe("ok");
    expect((await t.db.delegation.findUniqueOrThrow({ where: { id: request.id } })).status).toBe("REJECTED");
    expect((await answerDelegation(IDLE, formOf({ delegationId: request.id, answer: "ACCEPT" }))).status).toBe("error");
    actAs("mario");
    await delegateTrustedPerson(IDLE, formOf({ delegateFiscalCode: "VRDLCU85T50F205H", endsAt: inMonths(3), scope: ["documenti"] }));
    const second = (await delegationsOf("mario")).find((row) => row.delegateId === "lucia" && row.status === "PENDING")!;
    actAs("lucia");
    await answerDelegation(IDLE, formOf({ delegationId: second.id, answer: "ACCEPT" }));
    expect((await answerDelegation(IDLE, formOf({ delegationId: second.id, answer: "RENOUNCE" }))).status).toBe("ok");
    expect((await t.db.delegation.findUniqueOrThrow({ where: { id: second.id } })).status).toBe("REVOKED");
  });
});

describe("a parent asks online for a minor's record", () => {
  it("needs the self-certification and a minor, and stays pending until a desk operator confirms it", async () => {
    actAs("lucia");
    harness.birthDate = new Date("1985-12-10");
    const unsigned = await requestChildAccess(IDLE, formOf({ childFiscalCode: "RSSSFO15H52H501F" }));
    expect(unsigned.fieldErrors?.declaration).toMatch(/sottoscrivere/);
    expect((await requestChildAccess(IDLE, formOf({ childFiscalCode: "RSSMRA80A01H501U", declaration: "on" }))).message).toMatch(/solo per un figlio minorenne/);
    expect(await t.db.delegation.count({ where: { subjectId: "sofia" } })).toBe(0);

    expect((await requestChildAccess(IDLE, formOf({ childFiscalCode: "RSSSFO15H52H501F", declaration: "on" }))).status).toBe("ok");
    const request = (await delegationsOf("sofia"))[0]!;
    expect(request).toMatchObject({ delegateId: "lucia", kind: "PARENT", status: "PENDING", channel: "ONLINE" });
    expect(request.selfCertification).toMatch(/DPR 445\/2000/);
    const lucia: Actor = { personId: "lucia", role: "DELEGATE", displayName: "Lucia" };
    expect(await withAccess(t.db, { actor: lucia, action: "document.list", subjectId: "sofia", purpose: "TEST" }, async () => "ok")).toEqual({ allowed: false, reason: "DELEGATION_PENDING" });
    expect((await requestChildAccess(IDLE, formOf({ childFiscalCode: "RSSSFO15H52H501F", declaration: "on" }))).message).toMatch(/già una richiesta/);

    // A citizen cannot confirm it; an operator needs an open desk session for the minor.
    actAs("lucia");
    expect((await deskDecideParentalRequest(IDLE, formOf({ sessionId: "x", delegationId: request.id, approve: "true" }))).status).toBe("error");
    actAs("stefano", "OPERATOR");
    expect((await deskDecideParentalRequest(IDLE, formOf({ sessionId: "none", delegationId: request.id, approve: "true" }))).status).toBe("error");
    const now = new Date();
    await t.db.deskSession.create({
      data: { id: "desk-sofia", operatorId: "stefano", deskPoint: "PAS 1", subjectId: "sofia", identityDocument: "CIE n. …12AB", startedAt: now, expiresAt: new Date(now.getTime() + 20 * 60_000) },
    });
    expect((await deskDecideParentalRequest(IDLE, formOf({ sessionId: "desk-sofia", delegationId: request.id, approve: "true" }))).status).toBe("ok");
    expect((await t.db.delegation.findUniqueOrThrow({ where: { id: request.id } })).status).toBe("ACTIVE");
    expect((await withAccess(t.db, { actor: lucia, action: "document.list", subjectId: "sofia", purpose: "TEST" }, async () => "ok")).allowed).toBe(true);
    expect(await t.db.accessLogEntry.findFirst({ where: { subjectId: "sofia", purpose: "CONFERMA_DELEGA" } })).toMatchObject({ actorId: "stefano", actorRole: "OPERATOR", basis: "DESK_MANDATE" });
  });
});

describe("the delegations page while a parent consults a child's record", () => {
  it("acts on the parent's own delegations, never on the child's record that is open", async () => {
    const now = new Date();
    await t.db.delegation.create({
      data: { id: "mario-sofia", subjectId: "sofia", delegateId: "mario", kind: "PARENT", scope: "documenti,accessi,consensi", canManage: true, status: "ACTIVE", startsAt: now, createdAt: now, createdById: "stefano", channel: "DESK" },
    });
    actAs("mario");
    harness.cookies.set(ACTING_FOR_COOKIE, "sofia");
    try {
      expect((await delegateTrustedPerson(IDLE, formOf({ delegateFiscalCode: "NRESFN82P14H501O", endsAt: inMonths(2), scope: ["documenti"] }))).status).toBe("ok");
      const created = await t.db.delegation.findFirstOrThrow({ where: { delegateId: "stefano", kind: "TRUSTED" } });
      expect(created.subjectId).toBe("mario");
      expect(await t.db.delegation.count({ where: { subjectId: "sofia", kind: "TRUSTED" } })).toBe(0);

      expect((await revokeDelegation(IDLE, formOf({ delegationId: created.id }))).status).toBe("ok");
      expect(await t.db.delegation.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({ status: "REVOKED", endedById: "mario" });
      // The child's own delegation to the parent is not the parent's to end from here.
      expect((await revokeDelegation(IDLE, formOf({ delegationId: "mario-sofia" }))).status).toBe("error");
      expect((await t.db.delegation.findUniqueOrThrow({ where: { id: "mario-sofia" } })).status).toBe("ACTIVE");
    } finally {
      harness.cookies.delete(ACTING_FOR_COOKIE);
    }
  });
});
