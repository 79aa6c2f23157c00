import "server-only";
import { AuthorizedSubject } from "@/lib/access/gate";
import type { Tx } from "@/lib/db/client";
import type { AppointmentItem, AppointmentOverview, BookablePrescription, SlotOption } from "./types";

// A record's appointments, the specialist prescriptions it can still book, and the free slots for one.

const SHOWN = 100;
const SLOTS_SHOWN = 40;

const appointmentSelect = {
  id: true,
  serviceName: true,
  startsAt: true,
  bookingCode: true,
  preparationNotes: true,
  status: true,
  facility: { select: { name: true } },
} as const;

function toItem(row: { id: string; serviceName: string; startsAt: Date; bookingCode: string; preparationNotes: string | null; status: string; facility: { name: string } }): AppointmentItem {
  return {
    id: row.id,
    serviceName: row.serviceName,
    facilityName: row.facility.name,
    startsAt: row.startsAt.toISOString(),
    bookingCode: row.bookingCode,
    preparationNotes: row.preparationNotes,
    status: row.status as AppointmentItem["status"],
  };
}

export async function listAppointments(tx: Tx, subject: AuthorizedSubject, now: Date): Promise<AppointmentOverview> {
  AuthorizedSubject.check(subject, "health.read", "health.manage");
  const upcoming = await tx.appointment.findMany({
    where: { patientId: subject.subjectId, startsAt: { gte: now }, status: "BOOKED" },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    take: SHOWN,
    select: appointmentSelect,
  });
  const past = await tx.appointment.findMany({
    where: { patientId: subject.subjectId, OR: [{ startsAt: { lt: now } }, { status: "CANCELLED" }] },
    orderBy: [{ startsAt: "desc" }, { id: "desc" }],
    take: SHOWN,
    select: appointmentSelect,
  });
  return { upcoming: upcoming.map(toItem), past: past.map(toItem) };
}

export async function getAppointment(tx: Tx, subject: AuthorizedSubject, id: string): Promise<AppointmentItem | null> {
  AuthorizedSubject.check(subject, "health.read", "health.manage");
  const row = await tx.appointment.findFirst({ where: { id, patientId: subject.subjectId }, select: appointmentSelect });
  return row ? toItem(row) : null;
}

/** An upcoming appointment of the record that can still be moved, with the free slots of its service. */
export async function reschedulingChoices(tx: Tx, subject: AuthorizedSubject, appointmentId: string, now: Date): Promise<{ appointment: AppointmentItem; slots: SlotOption[] } | null> {
  AuthorizedSubject.check(subject, "health.manage");
  const row = await tx.appointment.findFirst({ where: { id: appointmentId, patientId: subject.subjectId, status: "BOOKED", startsAt: { gt: now } }, select: { ...appointmentSelect, serviceCode: true } });
  if (!row) return null;
  return { appointment: toItem(row), slots: await freeSlots(tx, row.serviceCode, now) };
}

/** Specialist prescriptions still in force, not performed, and without a booking that still holds. */
export async function bookablePrescriptions(tx: Tx, subject: AuthorizedSubject, now: Date): Promise<BookablePrescription[]> {
  AuthorizedSubject.check(subject, "health.read", "health.manage");
  const rows = await tx.prescription.findMany({
    where: { patientId: subject.subjectId, kind: "SPECIALIST", fulfilledAt: null, expiresAt: { gt: now } },
    orderBy: [{ issuedAt: "desc" }, { id: "desc" }],
    take: SHOWN,
    select: { id: true, nre: true, priority: true, issuedAt: true, expiresAt: true, items: { orderBy: { position: "asc" }, take: 1, select: { serviceCode: true, description: true } } },
  });
  const booked = await tx.appointment.findMany({
    where: { patientId: subject.subjectId, status: "BOOKED", prescriptionId: { in: rows.map((row) => row.id) } },
    select: { prescriptionId: true },
  });
  const taken = new Set(booked.map((appointment) => appointment.prescriptionId));
  return rows
    .filter((row) => !taken.has(row.id) && row.items[0]?.serviceCode)
    .map((row) => ({
      id: row.id,
      nre: row.nre,
      serviceCode: row.items[0]!.serviceCode!,
      serviceName: row.items[0]!.description,
      priority: row.priority,
      issuedAt: row.issuedAt.toISOString(),
      expiresAt: row.expiresAt.toISOString(),
    }));
}

/** The next free slots for a service, soonest first, across the facilities that offer it. */
export async function freeSlots(tx: Tx, serviceCode: string, now: Date): Promise<SlotOption[]> {
  const rows = await tx.slot.findMany({
    where: { serviceCode, appointmentId: null, startsAt: { gt: now } },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    take: SLOTS_SHOWN,
    select: { id: true, startsAt: true, facility: { select: { name: true } } },
  });
  return rows.map((row) => ({ id: row.id, facilityName: row.facility.name, startsAt: row.startsAt.toISOString() }));
}
