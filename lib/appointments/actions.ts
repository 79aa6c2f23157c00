"use server";

import { msg } from "@/lib/i18n/translate";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { withAccess } from "@/lib/access/gate";
import { requireActingContext } from "@/lib/delegations/context";
import { db } from "@/lib/db/client";
import { invalidForm, type FormState } from "@/lib/http/form-state";
import { bookSlot, cancelAppointment, rescheduleAppointment } from "./mutations";
import { appointmentIdSchema, bookSchema, rescheduleSchema } from "./schema";

const REFUSED: FormState = { status: "error", message: msg("Operazione non consentita. Nessuna modifica è stata fatta.") };

/** Books the chosen slot for a specialist prescription of the record being consulted. */
export async function book(_previous: FormState, form: FormData): Promise<FormState> {
  const parsed = bookSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalidForm(parsed.error, form);
  const { actor, subjectId } = await requireActingContext();
  const outcome = await withAccess(await db(), { actor, action: "health.manage", subjectId, purpose: "PRENOTAZIONE" }, (subject, tx) =>
    bookSlot(tx, subject, parsed.data.prescriptionId, parsed.data.slotId, new Date()),
  );
  if (!outcome.allowed) return REFUSED;
  if (!outcome.value.booked) return { status: "error", message: outcome.value.reason };
  revalidatePath("/prenotazioni");
  redirect(`/prenotazioni?prenotata=${encodeURIComponent(outcome.value.bookingCode)}`);
}

/** Cancels one upcoming appointment of the record being consulted. */
export async function cancel(_previous: FormState, form: FormData): Promise<FormState> {
  const parsed = appointmentIdSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { status: "error", message: msg("Dati non validi.") };
  const { actor, subjectId } = await requireActingContext();
  const outcome = await withAccess(await db(), { actor, action: "health.manage", subjectId, purpose: "DISDETTA" }, (subject, tx) =>
    cancelAppointment(tx, subject, parsed.data.appointmentId, new Date()),
  );
  if (!outcome.allowed) return REFUSED;
  if (!outcome.value) return { status: "error", message: msg("Questo appuntamento non si può più disdire: forse è già passato o disdetto.") };
  revalidatePath("/prenotazioni");
  return { status: "ok", message: msg("Appuntamento disdetto. L'orario torna disponibile per altri.") };
}

/** Moves an upcoming appointment of the record being consulted to another free time of the same service. */
export async function reschedule(_previous: FormState, form: FormData): Promise<FormState> {
  const parsed = rescheduleSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalidForm(parsed.error, form);
  const { actor, subjectId } = await requireActingContext();
  const { appointmentId, slotId } = parsed.data;
  const outcome = await withAccess(await db(), { actor, action: "health.manage", subjectId, resource: { type: "APPOINTMENT", id: appointmentId }, purpose: "SPOSTAMENTO" }, (subject, tx) =>
    rescheduleAppointment(tx, subject, appointmentId, slotId, new Date()),
  );
  if (!outcome.allowed) return REFUSED;
  if (!outcome.value.moved) return { status: "error", message: outcome.value.reason };
  revalidatePath("/prenotazioni");
  redirect(`/prenotazioni?spostata=${encodeURIComponent(outcome.value.bookingCode)}`);
}
