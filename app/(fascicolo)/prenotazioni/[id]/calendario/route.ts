import { appointmentIcs } from "@/lib/appointments/calendar";
import { loadAppointment } from "@/lib/appointments/loaders";
import { getT } from "@/lib/i18n/server";

type Context = { params: Promise<{ id: string }> };

/** The appointment as an .ics file to add to a calendar; 404 when it is not on the record being consulted. */
export async function GET(_request: Request, context: Context) {
  const { id } = await context.params;
  const appointment = /^[\w-]{1,100}$/.test(id) ? await loadAppointment(id) : null;
  if (!appointment || appointment.status !== "BOOKED") return new Response("Appuntamento non trovato", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(appointmentIcs(appointment, await getT()), {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="appuntamento-${appointment.bookingCode}.ics"`,
      "Cache-Control": "private, no-store",
    },
  });
}
