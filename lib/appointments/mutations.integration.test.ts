import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withAccess } from "@/lib/access/gate";
import type { Actor } from "@/lib/access/types";
import { createTestDatabase, type TestDatabase } from "@/lib/test/database";
import { bookablePrescriptions } from "./data";
import { bookSlot, cancelAppointment } from "./mutations";

// Booking from a specialist prescription: one slot, many hands. Whatever the timing, a slot is booked
// at most once; cancelling gives it back.

const NOW = new Date("2026-11-23T10:00:00.000Z");
const DAY = 86_400_000;
let t: TestDatabase;
const PEOPLE = Array.from({ length: 6 }, (_, i) => `p${i}`);
const citizen = (personId: string): Actor => ({ personId, role: "CITIZEN", displayName: personId });
const asCitizen = <T>(personId: string, run: Parameters<typeof withAccess<T>>[2]) =>
  withAccess(t.db, { actor: citizen(personId), action: "health.manage", subjectId: personId, purpose: "PRENOTAZIONE" }, run, () => NOW);

beforeAll(async () => {
  t = await createTestDatabase();
  const fiscalCodes = ["RSSMRA80A01H501U", "VRDLCU85T50F205H", "GRCPLA90E30G273L", "BNCGPP75C15Z404W", "CLMRRT76D49F205A", "RCCLNE78S42D612Q"];
  await t.db.person.createMany({ data: PEOPLE.map((id, i) => ({ id, fiscalCode: fiscalCodes[i]!, givenName: "N", familyName: "N", birthDate: new Date("1980-01-01"), sex: "M" })) });
  await t.db.facility.create({ data: { id: "f1", code: "120302", name: "Poliambulatorio", type: "Territorio" } });
  await t.db.prescription.createMany({
    data: PEOPLE.map((id) => ({ id: `rx-${id}`, patientId: id, nre: `080A0000000${id.padStart(4, "0")}`, kind: "SPECIALIST", prescriberName: "Dr", prescriberRole: "MMG", issuedAt: new Date(NOW.getTime() - DAY), expiresAt: new Date(NOW.getTime() + 180 * DAY), priority: "D" })),
  });
  await t.db.prescriptionItem.createMany({ data: PEOPLE.map((id) => ({ id: `it-${id}`, prescriptionId: `rx-${id}`, position: 1, description: "Prima visita cardiologica", serviceCode: "89.7A.3", quantity: 1 })) });
  await t.db.slot.createMany({
    data: [
      { id: "s-contended", facilityId: "f1", serviceCode: "89.7A.3", serviceName: "Prima visita cardiologica", startsAt: new Date(NOW.getTime() + 3 * DAY), durationMinutes: 30 },
      { id: "s-other-service", facilityId: "f1", serviceCode: "88.76.1", serviceName: "Ecografia", startsAt: new Date(NOW.getTime() + 3 * DAY), durationMinutes: 30 },
      { id: "s-past", facilityId: "f1", serviceCode: "89.7A.3", serviceName: "Prima visita cardiologica", startsAt: new Date(NOW.getTime() - DAY), durationMinutes: 30 },
    ],
  });
});
afterAll(() => t.close());

describe(`booking (${process.env.TEST_PG_URL ? "PostgreSQL" : "SQLite"})`, () => {
  it("books a contended slot exactly once under concurrent requests", async () => {
    const outcomes = await Promise.all(PEOPLE.map((id) => asCitizen(id, (subject, tx) => bookSlot(tx, subject, `rx-${id}`, "s-contended", NOW))));
    const winners = outcomes.filter((outcome) => outcome.allowed && outcome.value.booked);
    expect(winners).toHaveLength(1);
    expect(await t.db.appointment.count({ where: { status: "BOOKED" } })).toBe(1);
    const losers = outcomes.filter((outcome) => outcome.allowed && !outcome.value.booked);
    expect(losers).toHaveLength(PEOPLE.length - 1);
    for (const loser of losers) expect(loser.allowed && !loser.value.booked && loser.value.reason).toMatch(/qualcun altro/);
  });

  it("refuses a slot of another service or in the past, and a prescription already booked", async () => {
    const booked = (await t.db.appointment.findFirstOrThrow({ where: { status: "BOOKED" } })).patientId;
    const other = PEOPLE.find((id) => id !== booked)!;
    expect(await asCitizen(other, (subject, tx) => bookSlot(tx, subject, `rx-${other}`, "s-other-service", NOW))).toMatchObject({ value: { booked: false } });
    expect(await asCitizen(other, (subject, tx) => bookSlot(tx, subject, `rx-${other}`, "s-past", NOW))).toMatchObject({ value: { booked: false } });
    expect(await asCitizen(booked, (subject, tx) => bookablePrescriptions(tx, subject, NOW))).toEqual({ allowed: true, value: [] });
    // Someone else's prescription cannot be used to book.
    expect(await asCitizen(other, (subject, tx) => bookSlot(tx, subject, `rx-${booked}`, "s-contended", NOW))).toMatchObject({ value: { booked: false } });
  });

  it("lets only the patient cancel, and a cancelled slot can be booked again", async () => {
    const appointment = await t.db.appointment.findFirstOrThrow({ where: { status: "BOOKED" } });
    const other = PEOPLE.find((id) => id !== appointment.patientId)!;
    expect(await asCitizen(other, (subject, tx) => cancelAppointment(tx, subject, appointment.id, NOW))).toEqual({ allowed: true, value: false });
    expect(await asCitizen(appointment.patientId, (subject, tx) => cancelAppointment(tx, subject, appointment.id, NOW))).toEqual({ allowed: true, value: true });
    expect((await t.db.slot.findUniqueOrThrow({ where: { id: "s-contended" } })).appointmentId).toBeNull();
    expect(await asCitizen(other, (subject, tx) => bookSlot(tx, subject, `rx-${other}`, "s-contended", NOW))).toMatchObject({ value: { booked: true } });
  });
});
