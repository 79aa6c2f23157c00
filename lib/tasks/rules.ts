import type { CarePlanView } from "@/lib/care-plans/types";
import type { PrescriptionDetail } from "@/lib/prescriptions/types";
import type { CareTask, DispenseTask } from "./types";

// What turns a record's data into a to-do: a planned visit or test not yet booked whose date has passed or
// is near, and a pharmacy prescription not yet collected. Pure, so that the edges are tested.

/** A planned item this close to its date is worth booking now (waiting lists are weeks long). */
export const BOOKING_HORIZON_DAYS = 90;
const DAY = 86_400_000;

/** Planned items overdue or due within the horizon, the most urgent first; booked and done ones need nothing. */
export function careTasks(plans: readonly CarePlanView[], now: Date): CareTask[] {
  const horizon = now.getTime() + BOOKING_HORIZON_DAYS * DAY;
  return plans
    .flatMap((plan) =>
      plan.items
        .filter((item) => (item.status === "PLANNED" || item.status === "OVERDUE") && Date.parse(item.dueBy) <= horizon)
        .map((item) => ({ id: item.id, description: item.description, condition: plan.condition, dueBy: item.dueBy, overdue: Date.parse(item.dueBy) < now.getTime() })),
    )
    .sort((a, b) => a.dueBy.localeCompare(b.dueBy));
}

/** Pharmacy prescriptions still to collect, the one expiring first at the top. */
export function dispenseTasks(prescriptions: readonly PrescriptionDetail[]): DispenseTask[] {
  return prescriptions
    .filter((prescription) => prescription.kind === "PHARMACEUTICAL" && prescription.status === "TO_FULFIL")
    .map((prescription) => ({ id: prescription.id, nre: prescription.nre, description: prescription.items.map((item) => item.description).join(", "), expiresAt: prescription.expiresAt }))
    .sort((a, b) => a.expiresAt.localeCompare(b.expiresAt));
}
