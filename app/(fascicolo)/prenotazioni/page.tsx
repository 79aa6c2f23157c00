import Link from "next/link";
import { ActionOutcome } from "@/components/action-outcome";
import { AreaUnavailable } from "@/components/area-unavailable";
import { ConfirmedActionForm } from "@/components/confirmed-action-form";
import { cancel } from "@/lib/appointments/actions";
import { loadAppointments } from "@/lib/appointments/loaders";
import type { AppointmentItem } from "@/lib/appointments/types";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import { titled } from "@/lib/i18n/server";
import { msg } from "@/lib/i18n/translate";

export const generateMetadata = titled(msg("Prenotazioni"));

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function Appointment({ item, upcoming }: { item: AppointmentItem; upcoming: boolean }) {
  const headingId = `app-${item.id}`;
  return (
    <article aria-labelledby={headingId} className="rounded border border-line bg-white p-4">
      <h3 id={headingId} className="text-lg font-semibold">
        {item.serviceName}
      </h3>
      <p className="mt-1 text-lg">{formatDateTime(item.startsAt)}</p>
      <p>{item.facilityName}</p>
      <p className="mt-1 text-sm text-muted">
        Codice di prenotazione <span className="font-mono font-semibold text-ink">{item.bookingCode}</span>
        {item.status === "CANCELLED" ? " · disdetta" : ""}
      </p>
      {upcoming && item.preparationNotes ? (
        <p className="mt-2 rounded bg-surface p-3">
          <span className="font-semibold">Come prepararti: </span>
          {item.preparationNotes}
        </p>
      ) : null}
      {upcoming ? (
        <div className="mt-3 flex flex-wrap items-center gap-4">
          <a href={`/prenotazioni/${item.id}/calendario`}>
            Aggiungi al calendario<span className="sr-only"> {item.serviceName}</span>
          </a>
          <ConfirmedActionForm
            action={cancel}
            fields={{ appointmentId: item.id }}
            label="Disdici"
            tone="plain"
            srContext={`${item.serviceName} del ${formatDate(item.startsAt)}`}
            confirmQuestion={`Disdire ${item.serviceName} del ${formatDateTime(item.startsAt)}? L'orario sarà dato ad altri.`}
          />
        </div>
      ) : null}
    </article>
  );
}

export default async function AppointmentsPage({ searchParams }: Props) {
  const booked = (await searchParams).prenotata;
  const outcome = await loadAppointments();
  if (!outcome.allowed) return <AreaUnavailable title="Prenotazioni" reason={outcome.reason} />;
  const { upcoming, past, bookable } = outcome.value;
  return (
    <div>
      <h1 className="text-3xl font-bold">Prenotazioni</h1>
      <p className="mt-2 max-w-3xl text-muted">Gli appuntamenti per visite ed esami, e le ricette che puoi ancora prenotare.</p>
      {typeof booked === "string" && /^PR[A-Z0-9]{4,12}$/.test(booked) ? (
        <p role="status" className="mt-4 rounded border-2 border-[#1a6e2e] bg-white p-4 font-semibold text-[#1a6e2e]">
          Prenotazione confermata. Il codice è {booked}: lo trovi anche qui sotto.
        </p>
      ) : null}
      <ActionOutcome>
        <section aria-labelledby="prossimi" className="mt-6">
          <h2 id="prossimi" className="text-2xl font-semibold">
            Prossimi appuntamenti
          </h2>
          {upcoming.length === 0 ? (
            <p className="mt-3 rounded border border-line bg-white p-4">Non hai appuntamenti in programma.</p>
          ) : (
            <div className="mt-3 grid gap-3">
              {upcoming.map((item) => (
                <Appointment key={item.id} item={item} upcoming />
              ))}
            </div>
          )}
        </section>
        <section aria-labelledby="da-prenotare" className="mt-8">
          <h2 id="da-prenotare" className="text-2xl font-semibold">
            Ricette da prenotare
          </h2>
          {bookable.length === 0 ? (
            <p className="mt-3 rounded border border-line bg-white p-4">Non ci sono ricette per visite o esami ancora da prenotare.</p>
          ) : (
            <ul className="mt-3 grid gap-3">
              {bookable.map((prescription) => (
                <li key={prescription.id} className="flex flex-wrap items-center justify-between gap-3 rounded border border-line bg-white p-4">
                  <span>
                    <span className="block font-semibold">{prescription.serviceName}</span>
                    <span className="text-sm text-muted">
                      Ricetta {prescription.nre} del {formatDate(prescription.issuedAt)}
                      {prescription.priority ? ` · priorità ${prescription.priority}` : ""} · da usare entro il {formatDate(prescription.expiresAt)}
                    </span>
                  </span>
                  <Link href={`/prenotazioni/nuova?ricetta=${prescription.id}`} className="rounded bg-brand px-4 py-2 font-semibold text-white no-underline hover:bg-brand-dark hover:text-white">
                    Scegli data e ora<span className="sr-only"> per {prescription.serviceName}</span>
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </section>
        {past.length > 0 ? (
          <section aria-labelledby="passati" className="mt-8">
            <h2 id="passati" className="text-2xl font-semibold">
              Appuntamenti passati e disdetti
            </h2>
            <div className="mt-3 grid gap-3">
              {past.map((item) => (
                <Appointment key={item.id} item={item} upcoming={false} />
              ))}
            </div>
          </section>
        ) : null}
      </ActionOutcome>
    </div>
  );
}
