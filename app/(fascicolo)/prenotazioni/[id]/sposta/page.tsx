import Link from "next/link";
import { notFound } from "next/navigation";
import { AreaUnavailable } from "@/components/area-unavailable";
import { SlotPicker } from "@/components/slot-picker";
import { reschedule } from "@/lib/appointments/actions";
import { loadReschedulingChoices } from "@/lib/appointments/loaders";
import { rescheduleQuerySchema } from "@/lib/appointments/schema";
import { actingForName } from "@/lib/delegations/context";
import { getT, titled } from "@/lib/i18n/server";
import { msg } from "@/lib/i18n/translate";

export const generateMetadata = titled(msg("Sposta un appuntamento"));

type Props = { params: Promise<{ id: string }> };

export default async function ReschedulePage({ params }: Props) {
  const t = await getT();
  const actingFor = await actingForName();
  const query = rescheduleQuerySchema.safeParse(await params);
  if (!query.success) notFound();
  const outcome = await loadReschedulingChoices(query.data.id);
  if (!outcome.allowed) return <AreaUnavailable title={t("Sposta un appuntamento")} reason={outcome.reason} />;
  const choices = outcome.value;
  return (
    <div>
      <p>
        <Link href="/prenotazioni">← {t("Prenotazioni")}</Link>
      </p>
      <h1 className="mt-3 text-3xl font-bold">{actingFor ? t("Sposta un appuntamento di {name}", { name: actingFor }) : t("Sposta un appuntamento")}</h1>
      {!choices ? (
        <p className="mt-6 rounded border border-line bg-white p-4">{t("Questo appuntamento non si può più spostare: forse è già passato o disdetto.")}</p>
      ) : (
        <>
          <p className="mt-2 text-lg">
            <span lang="it" className="font-semibold">
              {choices.appointment.serviceName}
            </span>{" "}
            · {t("fissato per {when}, {facility}", { when: t.appointment(choices.appointment.startsAt), facility: choices.appointment.facilityName })}
          </p>
          <p className="mt-2 max-w-3xl text-muted">
            {t("Scegli il nuovo orario: l'appuntamento attuale resta valido finché non confermi, poi il suo orario torna libero per altri. Il codice di prenotazione {code} non cambia.", { code: choices.appointment.bookingCode })}
          </p>
          {choices.slots.length === 0 ? (
            <p className="mt-6 rounded border border-line bg-white p-4">{t("Al momento non ci sono altri orari liberi per questa prestazione. L'appuntamento resta com'è.")}</p>
          ) : (
            <SlotPicker action={reschedule} fields={{ appointmentId: choices.appointment.id }} slots={choices.slots} submitLabel={t("Sposta a questo orario")} />
          )}
        </>
      )}
    </div>
  );
}
