import "@/lib/test/actions-harness";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { IDLE } from "@/lib/http/form-state";
import { actAs, formOf, harness } from "@/lib/test/actions-harness";
import { createTestDatabase, type TestDatabase } from "@/lib/test/database";
import { deskEndDelegation, deskRegisterDelegation, openDesk } from "./actions";
import { loadDeskReceipt, loadDeskSession } from "./loaders";

// Delegations at the desk: the session's operations and its receipt list only what happened, and the
// operator sees the citizen's delegations and can end one, each step through the gate and logged.

let t: TestDatabase;
let sessionId = "";
const inAYear = () => new Date(Date.now() + 300 * 86_400_000).toISOString().slice(0, 10);
const trusted = (extra: Record<string, string> = {}) =>
  formOf({ sessionId, delegateFiscalCode: "GRCPLA90E30G273L", kind: "TRUSTED", scope: ["documenti", "accessi"], ...extra });

beforeAll(async () => {
  t = await createTestDatabase();
  harness.db = t.db;
  await t.db.person.createMany({
    data: [
      { id: "anna", fiscalCode: "SPSNNA38P67F839F", givenName: "Anna", familyName: "Esposito", birthDate: new Date("1938-09-27"), sex: "F" },
      { id: "stefano", fiscalCode: "NRESFN82P14H501O", givenName: "Stefano", familyName: "Neri", birthDate: new Date("1982-09-14"), sex: "M" },
      { id: "paolo", fiscalCode: "GRCPLA90E30G273L", givenName: "Paolo", familyName: "Greco", birthDate: new Date("1990-05-30"), sex: "M" },
    ],
  });
  await t.db.personRole.create({ data: { id: "r", personId: "stefano", role: "OPERATOR", title: "Operatore", deskPoint: "PAS 1" } });
  actAs("stefano", "OPERATOR");
  await openDesk(IDLE, formOf({ fiscalCode: "SPSNNA38P67F839F", documentType: "CIE", documentNumber: "CA12345AB" })).catch(() => undefined);
  sessionId = (await t.db.deskSession.findFirstOrThrow({ where: { subjectId: "anna" } })).id;
});
afterAll(() => t.close());

describe("delegations at the desk", () => {
  it("lists a registration refused for a missing end date and then made once, in the session and on its receipt", async () => {
    actAs("stefano", "OPERATOR");
    expect(await deskRegisterDelegation(IDLE, trusted())).toMatchObject({ status: "error", message: "Indica fino a quando vale la delega." });
    expect(await deskRegisterDelegation(IDLE, trusted({ endsAt: inAYear() }))).toMatchObject({ status: "ok" });
    expect(await t.db.delegation.count({ where: { subjectId: "anna" } })).toBe(1);
    // Both attempts passed the gate and are in the log: the refusal is a fact of the audit, not a step done.
    expect(await t.db.accessLogEntry.count({ where: { subjectId: "anna", purpose: "NUOVA_DELEGA", outcome: "ALLOW" } })).toBe(2);
    const loaded = await loadDeskSession(sessionId, false);
    expect(loaded!.steps.map((step) => step.purpose)).toEqual(["NUOVA_DELEGA"]);
    expect((await loadDeskReceipt(sessionId, null))!.operations.map((operation) => operation.purpose)).toEqual(["NUOVA_DELEGA"]);
  });

  it("shows the citizen's delegations, read through the gate", async () => {
    actAs("stefano", "OPERATOR");
    const loaded = await loadDeskSession(sessionId, false);
    expect(loaded!.delegations).toEqual([expect.objectContaining({ delegateName: "Paolo Greco", kind: "TRUSTED", status: "ACTIVE" })]);
    expect(await t.db.accessLogEntry.findFirst({ where: { subjectId: "anna", action: "delegation.read" }, orderBy: { seq: "desc" } })).toMatchObject({
      actorId: "stefano", outcome: "ALLOW", basis: "DESK_MANDATE",
    });
  });

  it("ends a delegation at the citizen's request, once, and lists the step once", async () => {
    actAs("stefano", "OPERATOR");
    const [delegation] = await t.db.delegation.findMany({ where: { subjectId: "anna" } });
    const end = () => deskEndDelegation(IDLE, formOf({ sessionId, delegationId: delegation!.id }));
    expect(await end()).toMatchObject({ status: "ok" });
    expect(await t.db.delegation.findUniqueOrThrow({ where: { id: delegation!.id } })).toMatchObject({ status: "REVOKED", endedById: "stefano" });
    expect(await t.db.notification.count({ where: { personId: "paolo", kind: "DELEGATION_CHANGED" } })).toBe(1);
    expect(await end()).toMatchObject({ status: "error" });
    const loaded = await loadDeskSession(sessionId, false);
    expect(loaded!.steps.map((step) => step.purpose)).toEqual(["NUOVA_DELEGA", "FINE_DELEGA"]);
    expect(loaded!.delegations![0]).toMatchObject({ status: "REVOKED" });
  });

  it("ends nothing on another citizen's record, nor after the session closed", async () => {
    actAs("paolo", "OPERATOR");
    const [delegation] = await t.db.delegation.findMany({ where: { subjectId: "anna" } });
    expect(await deskEndDelegation(IDLE, formOf({ sessionId, delegationId: delegation!.id }))).toMatchObject({ status: "error" });
    await t.db.deskSession.update({ where: { id: sessionId }, data: { endedAt: new Date() } });
    actAs("stefano", "OPERATOR");
    await t.db.delegation.update({ where: { id: delegation!.id }, data: { status: "ACTIVE", endedAt: null, endedById: null } });
    expect(await deskEndDelegation(IDLE, formOf({ sessionId, delegationId: delegation!.id }))).toMatchObject({ status: "error" });
    expect((await t.db.delegation.findUniqueOrThrow({ where: { id: delegation!.id } })).status).toBe("ACTIVE");
  });
});
