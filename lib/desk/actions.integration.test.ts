import "@/lib/test/actions-harness";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withAccess } from "@/lib/access/gate";
import type { Actor } from "@/lib/access/types";
import { IDLE } from "@/lib/http/form-state";
import { actAs, formOf, harness } from "@/lib/test/actions-harness";
import { createTestDatabase, type TestDatabase } from "@/lib/test/database";
import { closeDesk, openDesk } from "./actions";

// Opening and closing a desk session, driven through the server actions: the session is the mandate
// every later step at the desk rests on, so its opening and closing are in the citizen's access log.

let t: TestDatabase;
const stefano: Actor = { personId: "stefano", role: "OPERATOR", displayName: "Stefano" };
const rowsOf = (subjectId: string) => t.db.accessLogEntry.findMany({ where: { subjectId, action: "desk.session" }, orderBy: { seq: "asc" } });
/** The redirect an action ends with, as the harness throws it. */
async function redirectOf(run: () => Promise<unknown>): Promise<string> {
  const error = await run().then(
    () => null,
    (thrown: Error) => thrown,
  );
  return error?.message.replace(/^redirect:/, "") ?? "";
}

beforeAll(async () => {
  t = await createTestDatabase();
  harness.db = t.db;
  await t.db.person.createMany({
    data: [
      { id: "mario", fiscalCode: "RSSMRA80A01H501U", givenName: "Mario", familyName: "Rossi", birthDate: new Date("1980-01-01"), sex: "M" },
      { id: "stefano", fiscalCode: "NRESFN82P14H501O", givenName: "Stefano", familyName: "Neri", birthDate: new Date("1982-09-14"), sex: "M" },
      { id: "paolo", fiscalCode: "GRCPLA90E30G273L", givenName: "Paolo", familyName: "Greco", birthDate: new Date("1990-05-30"), sex: "M" },
    ],
  });
  await t.db.personRole.create({ data: { id: "r", personId: "stefano", role: "OPERATOR", title: "Operatore", deskPoint: "PAS 1" } });
});
afterAll(() => t.close());

describe("a desk session", () => {
  it("opens through the gate, logged on the citizen's record with the identity document checked", async () => {
    actAs("stefano", "OPERATOR");
    const target = await redirectOf(() => openDesk(IDLE, formOf({ fiscalCode: "rssmra80a01h501u", documentType: "CIE", documentNumber: "CA12345AB" })));
    const session = await t.db.deskSession.findFirstOrThrow({ where: { subjectId: "mario" } });
    expect(target).toBe(`/operatore/sportello/${session.id}`);
    expect(session).toMatchObject({ operatorId: "stefano", deskPoint: "PAS 1", identityDocument: "Carta d'identità elettronica n. …45AB", endedAt: null });
    expect(await rowsOf("mario")).toEqual([
      expect.objectContaining({ actorId: "stefano", actorRole: "OPERATOR", basis: "DESK_MANDATE", outcome: "ALLOW", purpose: "APERTURA_SPORTELLO_CIE", resourceType: "DESK_SESSION", resourceId: session.id }),
    ]);
    // The mandate it creates is what the gate then finds.
    expect((await withAccess(t.db, { actor: stefano, action: "document.list", subjectId: "mario", purpose: "SPORTELLO" }, async () => "ok")).allowed).toBe(true);
  });

  it("is refused, logged and not created for someone who claims the operator's role without holding it", async () => {
    actAs("paolo", "OPERATOR");
    const result = await openDesk(IDLE, formOf({ fiscalCode: "RSSMRA80A01H501U", documentType: "PASSAPORTO", documentNumber: "YA1234567" }));
    expect(result.status).toBe("error");
    expect(await t.db.deskSession.count({ where: { operatorId: "paolo" } })).toBe(0);
    expect((await rowsOf("mario")).at(-1)).toMatchObject({ actorId: "paolo", outcome: "DENY", reason: "ROLE_NOT_ALLOWED", purpose: "APERTURA_SPORTELLO_PASSAPORTO" });
  });

  it("closes only for its own operator, logged, and then allows nothing more", async () => {
    const session = await t.db.deskSession.findFirstOrThrow({ where: { subjectId: "mario", operatorId: "stefano" } });
    actAs("paolo", "OPERATOR");
    expect(await redirectOf(() => closeDesk(formOf({ sessionId: session.id })))).toBe("/operatore");
    expect((await t.db.deskSession.findUniqueOrThrow({ where: { id: session.id } })).endedAt).toBeNull();
    const before = (await rowsOf("mario")).length;

    actAs("stefano", "OPERATOR");
    expect(await redirectOf(() => closeDesk(formOf({ sessionId: session.id })))).toBe("/operatore");
    expect((await t.db.deskSession.findUniqueOrThrow({ where: { id: session.id } })).endedAt).not.toBeNull();
    const rows = await rowsOf("mario");
    expect(rows).toHaveLength(before + 1);
    expect(rows.at(-1)).toMatchObject({ actorId: "stefano", outcome: "ALLOW", purpose: "CHIUSURA_SPORTELLO", resourceType: "DESK_SESSION", resourceId: session.id });
    expect(await withAccess(t.db, { actor: stefano, action: "document.list", subjectId: "mario", purpose: "SPORTELLO" }, async () => "ok")).toEqual({ allowed: false, reason: "DESK_SESSION_EXPIRED" });
    // Closing it again changes nothing and logs nothing.
    await redirectOf(() => closeDesk(formOf({ sessionId: session.id })));
    expect(await rowsOf("mario")).toHaveLength(before + 1);
  });
});
