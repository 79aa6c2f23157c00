import { createEvent } from "ics";
import { translator, type Translator } from "@/lib/i18n/translate";
import type { AppointmentItem } from "./types";

// The appointment as a calendar event (iCalendar), with a reminder the day before, for the phone's agenda,
// in the reader's language.

export function appointmentIcs(appointment: AppointmentItem, t: Translator = translator("it")): string {
  const start = new Date(appointment.startsAt);
  const { error, value } = createEvent({
    uid: `${appointment.id}@fascicolo`,
    start: [start.getUTCFullYear(), start.getUTCMonth() + 1, start.getUTCDate(), start.getUTCHours(), start.getUTCMinutes()],
    startInputType: "utc",
    startOutputType: "utc",
    duration: { minutes: 30 },
    title: appointment.serviceName,
    location: appointment.facilityName,
    description: [t("Codice di prenotazione: {code}", { code: appointment.bookingCode }), appointment.preparationNotes ? t(appointment.preparationNotes) : ""].filter(Boolean).join("\n"),
    alarms: [{ action: "display", description: t("Domani: {service}", { service: appointment.serviceName }), trigger: { hours: 24, before: true } }],
  });
  if (error || !value) throw error ?? new Error("calendar event not created");
  return value;
}
