export type AppointmentItem = {
  id: string;
  serviceName: string;
  facilityName: string;
  startsAt: string;
  bookingCode: string;
  preparationNotes: string | null;
  status: "BOOKED" | "CANCELLED";
};

export type AppointmentOverview = { upcoming: AppointmentItem[]; past: AppointmentItem[] };

/** A specialist prescription still to use and not yet booked. */
export type BookablePrescription = { id: string; nre: string; serviceCode: string; serviceName: string; priority: string | null; issuedAt: string; expiresAt: string };

export type SlotOption = { id: string; facilityName: string; startsAt: string };
