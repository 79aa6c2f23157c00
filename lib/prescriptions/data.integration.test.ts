import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withAccess } from "@/lib/access/gate";
import type { Actor } from "@/lib/access/types";
import { createTestDatabase, type TestDatabase } from "@/lib/test/database";
import { getPrescription, listPrescriptions } from "./data";
import type { PrescriptionFilters } from "./schema";

// What a citizen sees on /ricette: the status follows the dates, filters combine, pages never repeat or
// skip a prescription, and nobody reads a prescription that is not on the record they may consult.

const NOW = new Date("2026-11-23T10:00:00.000Z");
const DAY = 86_400_000;
let t: TestDatabase;
const mario: Actor = { personId: "p-mario", role: "CITIZEN", displayName: "Mario Rossi" };

beforeAll(async () => {
  t = await createTestDatabase();
  await t.db.person.createMany({
    data: [
      { id: "p-mario", fiscalCode: "RSSMRA80A01H501U", givenName: "Mario", familyName: "Rossi", birthDate: new Date("1980-01-01"), sex: "M" },
      { id: "p-anna", fiscalCode: "SPSNNA38P67F839F", givenName: "Anna", familyName: "Esposito", birthDate: new Date("1938-09-27"), sex: "F" },
      { id: "p-lucia", fiscalCode: "VRDLCU85T50F205H", givenName: "Lucia", familyName: "Verdi", birthDate: new Date("1985-12-10"), sex: "F" },
    ],
  });
  const base = { prescriberName: "Dott.ssa Chiara Lombardo", prescriberRole: "Medico di medicina generale" };
  const rows = [];
  // 25 pharmaceutical prescriptions, one a day: the newest 10 still to use, then 8 used, then 7 expired.
  for (let i = 0; i < 25; i++) {
    const issuedAt = new Date(NOW.getTime() - (i + 1) * DAY);
    rows.push({ ...base, id: `rx-${i}`, patientId: "p-mario", nre: `080A0000000${String(i).padStart(4, "0")}`, kind: "PHARMACEUTICAL", issuedAt, expiresAt: new Date(issuedAt.getTime() + (i < 10 ? 30 : i < 18 ? 30 : 5) * DAY), fulfilledAt: i >= 10 && i < 18 ? new Date(issuedAt.getTime() + DAY) : null });
  }
  rows.push({ ...base, id: "rx-spec", patientId: "p-mario", nre: "080A00000009999", kind: "SPECIALIST", priority: "B", issuedAt: new Date(NOW.getTime() - 2 * 3_600_000), expiresAt: new Date(NOW.getTime() + 180 * DAY), fulfilledAt: null });
  rows.push({ ...base, id: "rx-anna", patientId: "p-anna", nre: "080A00000008888", kind: "PHARMACEUTICAL", issuedAt: NOW, expiresAt: new Date(NOW.getTime() + 30 * DAY), fulfilledAt: null });
  await t.db.prescription.createMany({ data: rows });
  await t.db.prescriptionItem.createMany({ data: rows.map((row) => ({ id: `${row.id}-1`, prescriptionId: row.id, position: 1, description: "Ramipril 5 mg", aicCode: "027617024", quantity: 1 })) });
  await t.db.delegation.create({
    data: { id: "del-1", subjectId: "p-mario", delegateId: "p-lucia", kind: "TRUSTED", scope: "accessi", canManage: false, status: "ACTIVE", startsAt: new Date(NOW.getTime() - DAY), endsAt: new Date(NOW.getTime() + 90 * DAY), createdAt: NOW, createdById: "p-mario", channel: "ONLINE", acceptedAt: NOW },
  });
});
afterAll(() => t.close());

function list(actor: Actor, filters: PrescriptionFilters, pageSize = 10) {
  return withAccess(t.db, { actor, action: "health.read", subjectId: "p-mario", purpose: "RICETTE" }, (subject, tx) => listPrescriptions(tx, subject, filters, pageSize, NOW), () => NOW);
}

describe(`prescriptions (${process.env.TEST_PG_URL ? "PostgreSQL" : "SQLite"})`, () => {
  it("computes the status from the dates and filters by kind and status together", async () => {
    const toUse = await list(mario, { stato: "da-erogare" }, 50);
    expect(toUse.allowed && toUse.value.items.map((item) => item.id)).toEqual(["rx-spec", ...Array.from({ length: 10 }, (_, i) => `rx-${i}`)]);
    const expired = await list(mario, { stato: "scaduta" }, 50);
    expect(expired.allowed && expired.value.items.every((item) => item.status === "EXPIRED")).toBe(true);
    expect(expired.allowed && expired.value.items).toHaveLength(7);
    const used = await list(mario, { stato: "erogata", tipo: "farmaceutica" }, 50);
    expect(used.allowed && used.value.items).toHaveLength(8);
    const specialist = await list(mario, { tipo: "specialistica" }, 50);
    expect(specialist.allowed && specialist.value.items.map((item) => [item.nre, item.priority])).toEqual([["080A00000009999", "B"]]);
  });

  it("pages newest first with a cursor, never repeating or skipping one", async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await list(mario, { dopo: cursor });
      if (!page.allowed) throw new Error("denied");
      seen.push(...page.value.items.map((item) => item.id));
      cursor = page.value.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toHaveLength(26);
    expect(new Set(seen).size).toBe(26);
    expect(seen[0]).toBe("rx-spec");
  });

  it("does not hand out another patient's prescription by id", async () => {
    const outcome = await withAccess(t.db, { actor: mario, action: "health.read", subjectId: "p-mario", purpose: "PROMEMORIA_RICETTA" }, (subject, tx) => getPrescription(tx, subject, "rx-anna", NOW), () => NOW);
    expect(outcome).toEqual({ allowed: true, value: null });
  });

  it("refuses a delegate whose delegation does not cover health data, and logs the refusal", async () => {
    const lucia: Actor = { personId: "p-lucia", role: "DELEGATE", displayName: "Lucia Verdi" };
    expect(await list(lucia, {})).toEqual({ allowed: false, reason: "OUT_OF_SCOPE" });
    const last = await t.db.accessLogEntry.findFirst({ where: { subjectId: "p-mario" }, orderBy: { seq: "desc" } });
    expect(last).toMatchObject({ actorId: "p-lucia", action: "health.read", outcome: "DENY", reason: "OUT_OF_SCOPE", purpose: "RICETTE" });
  });
});
