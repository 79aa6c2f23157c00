import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withAccess } from "@/lib/access/gate";
import type { Actor } from "@/lib/access/types";
import { createTestDatabase, type TestDatabase } from "@/lib/test/database";
import { bookablePrescriptions } from "./data";
import { bookSlot, cancelAppointment, rescheduleAppointment } from "./mutations";

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

describe(`rescheduling (${process.env.TEST_PG_URL ? "PostgreSQL" : "SQLite"})`, () => {
  const slot = (id: string, days: number, appointmentId: string | null = null, serviceCode = "89.7A.3") => ({ id, facilityId: "f1", serviceCode, serviceName: "Prima visita cardiologica", startsAt: new Date(NOW.getTime() + days * DAY), durationMinutes: 30, appointmentId });
  const slotOf = async (appointmentId: string) => (await t.db.slot.findMany({ where: { appointmentId } })).map((row) => row.id);

  beforeAll(async () => {
    await t.db.slot.createMany({ data: [slot("s-later", 10), slot("s-taken", 11, "cup-elsewhere"), slot("s-race", 12), slot("s-y", 13)] });
  });

  it("moves an appointment to a free slot of its service: the old slot freed, the code kept, in one transaction", async () => {
    const appointment = await t.db.appointment.findFirstOrThrow({ where: { status: "BOOKED" } });
    expect(await slotOf(appointment.id)).toEqual(["s-contended"]);
    const stranger = PEOPLE.find((id) => id !== appointment.patientId)!;
    expect(await asCitizen(stranger, (subject, tx) => rescheduleAppointment(tx, subject, appointment.id, "s-later", NOW))).toMatchObject({ value: { moved: false } });
    expect(await asCitizen(appointment.patientId, (subject, tx) => rescheduleAppointment(tx, subject, appointment.id, "s-taken", NOW))).toMatchObject({ value: { moved: false, reason: /non è più libero/ } });
    expect(await asCitizen(appointment.patientId, (subject, tx) => rescheduleAppointment(tx, subject, appointment.id, "s-other-service", NOW))).toMatchObject({ value: { moved: false } });
    expect(await slotOf(appointment.id)).toEqual(["s-contended"]);

    const moved = await asCitizen(appointment.patientId, (subject, tx) => rescheduleAppointment(tx, subject, appointment.id, "s-later", NOW));
    expect(moved).toEqual({ allowed: true, value: { moved: true, bookingCode: appointment.bookingCode } });
    expect(await slotOf(appointment.id)).toEqual(["s-later"]);
    expect((await t.db.slot.findUniqueOrThrow({ where: { id: "s-contended" } })).appointmentId).toBeNull();
    expect((await t.db.appointment.findUniqueOrThrow({ where: { id: appointment.id } })).startsAt).toEqual(new Date(NOW.getTime() + 10 * DAY));
    // The gate logged the move for this patient.
    expect(await t.db.accessLogEntry.count({ where: { subjectId: appointment.patientId, action: "health.manage", outcome: "ALLOW" } })).toBeGreaterThan(0);
  });

  it("gives a contended free slot to one of two moves; the other keeps its own time", async () => {
    const first = await t.db.appointment.findFirstOrThrow({ where: { status: "BOOKED" } });
    const second = PEOPLE.find((id) => id !== first.patientId && id !== "p5")!;
    const booked = await asCitizen(second, (subject, tx) => bookSlot(tx, subject, `rx-${second}`, "s-y", NOW));
    const secondId = booked.allowed && booked.value.booked ? booked.value.appointmentId : "";
    expect(secondId).not.toBe("");
    const outcomes = await Promise.all([
      asCitizen(first.patientId, (subject, tx) => rescheduleAppointment(tx, subject, first.id, "s-race", NOW)),
      asCitizen(second, (subject, tx) => rescheduleAppointment(tx, subject, secondId, "s-race", NOW)),
    ]);
    expect(outcomes.filter((outcome) => outcome.allowed && outcome.value.moved)).toHaveLength(1);
    const held = [...(await slotOf(first.id)), ...(await slotOf(secondId))].sort();
    expect(held).toHaveLength(2);
    expect(held).toContain("s-race");
    expect(held.some((id) => id === "s-later" || id === "s-y")).toBe(true);
  });
});
