import { PREPARATION_NOTES } from "../../lib/appointments/services";
import type { DemoPerson } from "./people";
import { SPECIALIST_SERVICES } from "./prescriptions";
import { seededRandom } from "./random";

// Facility calendars for the next four weeks, partly taken by other people's bookings, and the named
// people's own appointments, past and upcoming.

const WHERE: Record<string, string[]> = {
  "89.7A.3": ["fac-osp-centrale", "fac-poli-canova"],
  "89.52": ["fac-osp-centrale", "fac-poli-canova"],
  "88.76.1": ["fac-rad-imaging", "fac-osp-nord"],
  "95.02": ["fac-poli-canova", "fac-osp-nord"],
  "91.49.2": ["fac-lab-asl"],
  "89.7A.7": ["fac-poli-canova"],
};

const DAY = 86_400_000;
const romeOffset = new Intl.DateTimeFormat("en-US", { timeZone: "Europe/Rome", timeZoneName: "shortOffset" });

/** The instant of a wall-clock time in Rome on a calendar day. */
export function romeTime(day: Date, hours: number, minutes: number): Date {
  const noon = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), 12));
  const offset = Number(/GMT([+-]\d+)/.exec(romeOffset.formatToParts(noon).find((part) => part.type === "timeZoneName")?.value ?? "GMT+1")?.[1] ?? 1);
  return new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), hours - offset, minutes));
}

type SlotRow = { id: string; facilityId: string; serviceCode: string; serviceName: string; startsAt: Date; durationMinutes: number; appointmentId: string | null };

export function planCalendars(today: Date): SlotRow[] {
  const random = seededRandom(777);
  const slots: SlotRow[] = [];
  for (let offset = 1; offset <= 28; offset++) {
    const day = new Date(today.getTime() + offset * DAY);
    if (day.getUTCDay() === 0 || day.getUTCDay() === 6) continue;
    for (const service of SPECIALIST_SERVICES) {
      for (const facilityId of WHERE[service.code] ?? []) {
        for (let minutes = 8 * 60 + 30; minutes < 12 * 60 + 30; minutes += 30) {
          const id = `slot-${facilityId}-${service.code}-${offset}-${minutes}`;
          slots.push({ id, facilityId, serviceCode: service.code, serviceName: service.description, startsAt: romeTime(day, Math.floor(minutes / 60), minutes % 60), durationMinutes: 30, appointmentId: random() < 0.45 ? `cup-${id}` : null });
        }
      }
    }
  }
  return slots;
}

const OWN: Record<string, { code: string; facilityId: string; daysFromToday: number; hour: number; minutes: number }[]> = {
  "demo-mario": [
    { code: "89.7A.3", facilityId: "fac-osp-centrale", daysFromToday: 9, hour: 9, minutes: 30 },
    { code: "91.49.2", facilityId: "fac-lab-asl", daysFromToday: -40, hour: 8, minutes: 0 },
  ],
  "demo-giovanni": [
    { code: "91.49.2", facilityId: "fac-lab-asl", daysFromToday: 4, hour: 8, minutes: 30 },
    { code: "95.02", facilityId: "fac-poli-canova", daysFromToday: 16, hour: 10, minutes: 0 },
    { code: "89.52", facilityId: "fac-osp-centrale", daysFromToday: -90, hour: 11, minutes: 0 },
  ],
  "demo-anna": [{ code: "88.76.1", facilityId: "fac-rad-imaging", daysFromToday: 12, hour: 9, minutes: 0 }],
  "demo-sofia": [{ code: "89.7A.7", facilityId: "fac-poli-canova", daysFromToday: 7, hour: 11, minutes: 30 }],
};

export function planAppointments(people: DemoPerson[], today: Date, slots: SlotRow[]) {
  const appointments = [];
  for (const person of people) {
    for (const [index, own] of (OWN[person.id] ?? []).entries()) {
      const service = SPECIALIST_SERVICES.find((candidate) => candidate.code === own.code)!;
      const startsAt = romeTime(new Date(today.getTime() + own.daysFromToday * DAY), own.hour, own.minutes);
      const id = `${person.id}-app${index}`;
      // An upcoming appointment holds its slot in the calendar, as a real booking does.
      const slot = slots.find((candidate) => candidate.facilityId === own.facilityId && candidate.serviceCode === own.code && candidate.startsAt.getTime() === startsAt.getTime());
      if (slot) slot.appointmentId = id;
      appointments.push({
        id,
        patientId: person.id,
        facilityId: own.facilityId,
        serviceCode: own.code,
        serviceName: service.description,
        startsAt,
        bookingCode: `PR${person.id.slice(5, 9).toUpperCase()}${String(index).padStart(4, "0")}`,
        preparationNotes: PREPARATION_NOTES[own.code] ?? null,
        prescriptionId: null,
        createdAt: new Date(startsAt.getTime() - 30 * DAY),
      });
    }
  }
  return appointments;
}
