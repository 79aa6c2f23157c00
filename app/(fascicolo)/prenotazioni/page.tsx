import Link from "next/link";
import { ActionOutcome } from "@/components/action-outcome";
import { AreaUnavailable } from "@/components/area-unavailable";
import { ConfirmedActionForm } from "@/components/confirmed-action-form";
import { cancel } from "@/lib/appointments/actions";
import { loadAppointments } from "@/lib/appointments/loaders";
import type { AppointmentItem } from "@/lib/appointments/types";
import { actingForName } from "@/lib/delegations/context";
import { getT, titled } from "@/lib/i18n/server";
import { msg, type Translator } from "@/lib/i18n/translate";

export const generateMetadata = titled(msg("Prenotazioni"));

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function Appointment({ item, upcoming, t }: { item: AppointmentItem; upcoming: boolean; t: Translator }) {
  const headingId = `app-${item.id}`;
  return (
    <article aria-labelledby={headingId} className="rounded border border-line bg-white p-4">
      <h3 id={headingId} lang="it" className="text-lg font-semibold">
        {item.serviceName}
      </h3>
      <p className="mt-1 text-lg">{t.appointment(item.startsAt)}</p>
      <p>{item.facilityName}</p>
      <p className="mt-1 text-sm text-muted">
        {t("Codice di prenotazione")} <span className="font-mono font-semibold text-ink">{item.bookingCode}</span>
        {item.status === "CANCELLED" ? ` · ${t("disdetta")}` : ""}
      </p>
      {upcoming && item.preparationNotes ? (
        <p className="mt-2 rounded bg-surface p-3">
          <span className="font-semibold">{t("Come prepararti:")} </span>
          {t(item.preparationNotes)}
        </p>
      ) : null}
      {upcoming ? (
        <div className="mt-3 flex flex-wrap items-center gap-4">
          <Link href={`/prenotazioni/${item.id}/sposta`} className="rounded border border-brand bg-white px-3 py-1 font-semibold text-brand no-underline">
            {t("Sposta")}
            <span className="sr-only"> {t("{service} del {date}", { service: item.serviceName, date: t.date(item.startsAt) })}</span>
          </Link>
          <a href={`/prenotazioni/${item.id}/calendario`}>
            {t("Aggiungi al calendario")}
            <span className="sr-only"> {item.serviceName}</span>
          </a>
          <ConfirmedActionForm
            action={cancel}
            fields={{ appointmentId: item.id }}
            label={t("Disdici")}
            tone="plain"
            srContext={t("{service} del {date}", { service: item.serviceName, date: t.date(item.startsAt) })}
            confirmQuestion={t("Disdire {service} del {date}? L'orario sarà dato ad altri.", { service: item.serviceName, date: t.appointment(item.startsAt) })}
          />
        </div>
      ) : null}
    </article>
  );
}

export default async function AppointmentsPage({ searchParams }: Props) {
  const t = await getT();
  const actingFor = await actingForName();
  const { prenotata: booked, spostata: moved } = await searchParams;
  const outcome = await loadAppointments();
  if (!outcome.allowed) return <AreaUnavailable title={t("Prenotazioni")} reason={outcome.reason} />;
  const { upcoming, past, bookable } = outcome.value;
  return (
    <div>
      <h1 className="text-3xl font-bold">{actingFor ? t("Prenotazioni di {name}", { name: actingFor }) : t("Prenotazioni")}</h1>
      <p className="mt-2 max-w-3xl text-muted">{t("Gli appuntamenti per visite ed esami, e le ricette che puoi ancora prenotare.")}</p>
      {typeof booked === "string" && /^PR[A-Z0-9]{4,12}$/.test(booked) ? (
        <p role="status" className="mt-4 rounded border-2 border-[#1a6e2e] bg-white p-4 font-semibold text-[#1a6e2e]">
          {t("Prenotazione confermata. Il codice è {code}: lo trovi anche qui sotto.", { code: booked })}
        </p>
      ) : null}
      {typeof moved === "string" && /^PR[A-Z0-9]{4,12}$/.test(moved) ? (
        <p role="status" className="mt-4 rounded border-2 border-[#1a6e2e] bg-white p-4 font-semibold text-[#1a6e2e]">
          {t("Appuntamento spostato. Il codice {code} resta lo stesso; il vecchio orario è tornato libero.", { code: moved })}
        </p>
      ) : null}
      <ActionOutcome>
        <section aria-labelledby="prossimi" className="mt-6">
          <h2 id="prossimi" className="text-2xl font-semibold">
            {t("Prossimi appuntamenti")}
          </h2>
          {upcoming.length === 0 ? (
            <p className="mt-3 rounded border border-line bg-white p-4">{actingFor ? t("{name} non ha appuntamenti in programma.", { name: actingFor }) : t("Non hai appuntamenti in programma.")}</p>
          ) : (
            <div className="mt-3 grid gap-3">
              {upcoming.map((item) => (
                <Appointment key={item.id} item={item} upcoming t={t} />
              ))}
            </div>
          )}
        </section>
        <section aria-labelledby="da-prenotare" className="mt-8">
          <h2 id="da-prenotare" className="text-2xl font-semibold">
            {t("Ricette da prenotare")}
          </h2>
          {bookable.length === 0 ? (
            <p className="mt-3 rounded border border-line bg-white p-4">{t("Non ci sono ricette per visite o esami ancora da prenotare.")}</p>
          ) : (
            <ul className="mt-3 grid gap-3">
              {bookable.map((prescription) => (
                <li key={prescription.id} className="flex flex-wrap items-center justify-between gap-3 rounded border border-line bg-white p-4">
                  <span>
                    <span lang="it" className="block font-semibold">
                      {prescription.serviceName}
                    </span>
                    <span className="text-sm text-muted">
                      {t("Ricetta {nre} del {date}", { nre: prescription.nre, date: t.date(prescription.issuedAt) })}
                      {prescription.priority ? ` · ${t("priorità {priority}", { priority: prescription.priority })}` : ""} ·{" "}
                      {t("da usare entro il {date}", { date: t.date(prescription.expiresAt) })}
                    </span>
                  </span>
                  <Link href={`/prenotazioni/nuova?ricetta=${prescription.id}`} className="rounded bg-brand px-4 py-2 font-semibold text-white no-underline hover:bg-brand-dark hover:text-white">
                    {t("Scegli data e ora")}
                    <span className="sr-only"> {t("per {service}", { service: prescription.serviceName })}</span>
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </section>
        {past.length > 0 ? (
          <section aria-labelledby="passati" className="mt-8">
            <h2 id="passati" className="text-2xl font-semibold">
              {t("Appuntamenti passati e disdetti")}
            </h2>
            <div className="mt-3 grid gap-3">
              {past.map((item) => (
                <Appointment key={item.id} item={item} upcoming={false} t={t} />
              ))}
            </div>
          </section>
        ) : null}
      </ActionOutcome>
    </div>
  );
}
