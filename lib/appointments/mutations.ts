import "server-only";
import { randomBytes, randomUUID } from "node:crypto";
import { AuthorizedSubject } from "@/lib/access/gate";
import type { Tx } from "@/lib/db/client";
import { bookablePrescriptions } from "./data";
import { PREPARATION_NOTES } from "./services";
import { msg } from "@/lib/i18n/translate";

export type BookingOutcome = { booked: true; appointmentId: string; bookingCode: string } | { booked: false; reason: string };

/** Unambiguous characters only: a booking code is read out over the phone. */
const CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

function bookingCode(): string {
  return `PR${[...randomBytes(8)].map((byte) => CODE_ALPHABET[byte % CODE_ALPHABET.length]).join("")}`;
}

/**
 * Books a free slot for one of the record's bookable specialist prescriptions. The slot is claimed by a
 * conditional update (only while still free): of two concurrent requests for it, exactly one wins.
 */
export async function bookSlot(tx: Tx, subject: AuthorizedSubject, prescriptionId: string, slotId: string, now: Date): Promise<BookingOutcome> {
  AuthorizedSubject.check(subject, "health.manage");
  const prescription = (await bookablePrescriptions(tx, subject, now)).find((candidate) => candidate.id === prescriptionId);
  if (!prescription) return { booked: false, reason: msg("Questa ricetta non si può più prenotare: è già prenotata, utilizzata o scaduta.") };
  const slot = await tx.slot.findUnique({ where: { id: slotId }, select: { serviceCode: true, serviceName: true, startsAt: true, facilityId: true } });
  if (!slot || slot.serviceCode !== prescription.serviceCode || slot.startsAt <= now) return { booked: false, reason: "L'orario scelto non è disponibile per questa prestazione." };
  const appointmentId = randomUUID();
  const { count } = await tx.slot.updateMany({ where: { id: slotId, appointmentId: null }, data: { appointmentId } });
  if (count !== 1) return { booked: false, reason: msg("Nel frattempo qualcun altro ha prenotato questo orario: scegline un altro.") };
  const code = bookingCode();
  await tx.appointment.create({
    data: {
      id: appointmentId,
      patientId: subject.subjectId,
      facilityId: slot.facilityId,
      serviceCode: slot.serviceCode,
      serviceName: slot.serviceName,
      startsAt: slot.startsAt,
      bookingCode: code,
      preparationNotes: PREPARATION_NOTES[slot.serviceCode] ?? null,
      prescriptionId,
      createdAt: now,
    },
  });
  return { booked: true, appointmentId, bookingCode: code };
}

/** Cancels an upcoming appointment of the record and frees its slot; false when there is none to cancel. */
export async function cancelAppointment(tx: Tx, subject: AuthorizedSubject, appointmentId: string, now: Date): Promise<boolean> {
  AuthorizedSubject.check(subject, "health.manage");
  const { count } = await tx.appointment.updateMany({
    where: { id: appointmentId, patientId: subject.subjectId, status: "BOOKED", startsAt: { gt: now } },
    data: { status: "CANCELLED", cancelledAt: now },
  });
  if (count !== 1) return false;
  await tx.slot.updateMany({ where: { appointmentId }, data: { appointmentId: null } });
  return true;
}

export type RescheduleOutcome = { moved: true; bookingCode: string } | { moved: false; reason: string };

/**
 * Moves an upcoming appointment of the record to another free slot of the same service, in the caller's
 * transaction: the old slot is freed and the new one claimed together, so no one else can take the new time
 * in between and the old time returns to others at once. The booking code stays the same.
 */
export async function rescheduleAppointment(tx: Tx, subject: AuthorizedSubject, appointmentId: string, slotId: string, now: Date): Promise<RescheduleOutcome> {
  AuthorizedSubject.check(subject, "health.manage");
  const appointment = await tx.appointment.findFirst({
    where: { id: appointmentId, patientId: subject.subjectId, status: "BOOKED", startsAt: { gt: now } },
    select: { serviceCode: true, bookingCode: true },
  });
  if (!appointment) return { moved: false, reason: msg("Questo appuntamento non si può più spostare: forse è già passato o disdetto.") };
  const slot = await tx.slot.findUnique({ where: { id: slotId }, select: { serviceCode: true, serviceName: true, startsAt: true, facilityId: true, appointmentId: true } });
  if (!slot || slot.serviceCode !== appointment.serviceCode || slot.startsAt <= now || slot.appointmentId !== null) {
    return { moved: false, reason: msg("L'orario scelto non è più libero: scegline un altro.") };
  }
  const old = await tx.slot.findUnique({ where: { appointmentId }, select: { id: true } });
  // A slot holds one appointment and an appointment one slot: the old is let go before the new is taken.
  if (old) await tx.slot.update({ where: { id: old.id }, data: { appointmentId: null } });
  const { count } = await tx.slot.updateMany({ where: { id: slotId, appointmentId: null }, data: { appointmentId } });
  if (count !== 1) {
    if (old) await tx.slot.updateMany({ where: { id: old.id, appointmentId: null }, data: { appointmentId } });
    return { moved: false, reason: msg("Nel frattempo qualcun altro ha prenotato questo orario: scegline un altro.") };
  }
  await tx.appointment.update({ where: { id: appointmentId }, data: { startsAt: slot.startsAt, facilityId: slot.facilityId, serviceName: slot.serviceName } });
  return { moved: true, bookingCode: appointment.bookingCode };
}
