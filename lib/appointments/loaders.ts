import "server-only";
import { cache } from "react";
import { withAccess } from "@/lib/access/gate";
import { requireActingContext } from "@/lib/delegations/context";
import { db } from "@/lib/db/client";
import { bookablePrescriptions, freeSlots, getAppointment, listAppointments, reschedulingChoices } from "./data";

/** Appointments and the prescriptions still to book, for the record being consulted; or the refusal. */
export const loadAppointments = cache(async () => {
  const { actor, subjectId } = await requireActingContext();
  return withAccess(await db(), { actor, action: "health.read", subjectId, purpose: "PRENOTAZIONI" }, async (subject, tx) => {
    const now = new Date();
    return { ...(await listAppointments(tx, subject, now)), bookable: await bookablePrescriptions(tx, subject, now) };
  });
});

/** One bookable prescription with the free slots for its service; value null when it cannot be booked. */
export const loadBookingChoices = cache(async (prescriptionId: string) => {
  const { actor, subjectId } = await requireActingContext();
  return withAccess(await db(), { actor, action: "health.manage", subjectId, purpose: "SCELTA_ORARIO" }, async (subject, tx) => {
    const now = new Date();
    const prescription = (await bookablePrescriptions(tx, subject, now)).find((candidate) => candidate.id === prescriptionId);
    return prescription ? { prescription, slots: await freeSlots(tx, prescription.serviceCode, now) } : null;
  });
});

/** One appointment of the record, for its reminder; null when it is not there. */
export async function loadAppointment(appointmentId: string) {
  const { actor, subjectId } = await requireActingContext();
  const outcome = await withAccess(await db(), { actor, action: "health.read", subjectId, purpose: "PROMEMORIA_APPUNTAMENTO" }, (subject, tx) => getAppointment(tx, subject, appointmentId));
  return outcome.allowed ? outcome.value : null;
}

/** An upcoming appointment with the free times it can move to; value null when it cannot be moved. */
export const loadReschedulingChoices = cache(async (appointmentId: string) => {
  const { actor, subjectId } = await requireActingContext();
  return withAccess(await db(), { actor, action: "health.manage", subjectId, resource: { type: "APPOINTMENT", id: appointmentId }, purpose: "SCELTA_NUOVO_ORARIO" }, (subject, tx) =>
    reschedulingChoices(tx, subject, appointmentId, new Date()),
  );
});
