import { createEvent } from "ics";
import type { AppointmentItem } from "./types";

// The appointment as a calendar event (iCalendar), with a reminder the day before, for the phone's agenda.

export function appointmentIcs(appointment: AppointmentItem): string {
  const start = new Date(appointment.startsAt);
  const { error, value } = createEvent({
    uid: `${appointment.id}@fascicolo`,
    start: [start.getUTCFullYear(), start.getUTCMonth() + 1, start.getUTCDate(), start.getUTCHours(), start.getUTCMinutes()],
    startInputType: "utc",
    startOutputType: "utc",
    duration: { minutes: 30 },
    title: appointment.serviceName,
    location: appointment.facilityName,
    description: [`Codice di prenotazione: ${appointment.bookingCode}`, appointment.preparationNotes ?? ""].filter(Boolean).join("\n"),
    alarms: [{ action: "display", description: `Domani: ${appointment.serviceName}`, trigger: { hours: 24, before: true } }],
  });
  if (error || !value) throw error ?? new Error("calendar event not created");
  return value;
}
