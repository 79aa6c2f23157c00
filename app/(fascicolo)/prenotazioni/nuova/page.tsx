import Link from "next/link";
import { notFound } from "next/navigation";
import { AreaUnavailable } from "@/components/area-unavailable";
import { SlotPicker } from "@/components/slot-picker";
import { book } from "@/lib/appointments/actions";
import { loadBookingChoices } from "@/lib/appointments/loaders";
import { newBookingQuerySchema } from "@/lib/appointments/schema";
import { actingForName } from "@/lib/delegations/context";
import { getT, titled } from "@/lib/i18n/server";
import { msg } from "@/lib/i18n/translate";

export const generateMetadata = titled(msg("Prenota una visita o un esame"));

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NewBookingPage({ searchParams }: Props) {
  const t = await getT();
  const actingFor = await actingForName();
  const query = newBookingQuerySchema.safeParse(await searchParams);
  if (!query.success) notFound();
  const outcome = await loadBookingChoices(query.data.ricetta);
  if (!outcome.allowed) return <AreaUnavailable title={t("Prenota una visita o un esame")} reason={outcome.reason} />;
  const choices = outcome.value;
  return (
    <div>
      <p>
        <Link href="/prenotazioni">← {t("Prenotazioni")}</Link>
      </p>
      <h1 className="mt-3 text-3xl font-bold">{actingFor ? t("Prenota una visita o un esame per {name}", { name: actingFor }) : t("Prenota una visita o un esame")}</h1>
      {!choices ? (
        <p className="mt-6 rounded border border-line bg-white p-4">{t("Questa ricetta non si può prenotare: forse è già prenotata, utilizzata o scaduta.")}</p>
      ) : (
        <>
          <p className="mt-2 text-lg">
            <span lang="it" className="font-semibold">
              {choices.prescription.serviceName}
            </span>{" "}
            · {t("ricetta {nre}", { nre: choices.prescription.nre })}
            {choices.prescription.priority ? ` · ${t("priorità {priority}", { priority: choices.prescription.priority })}` : ""} ·{" "}
            {t("da usare entro il {date}", { date: t.date(choices.prescription.expiresAt) })}
          </p>
          {choices.slots.length === 0 ? (
            <p className="mt-6 rounded border border-line bg-white p-4">{t("Al momento non ci sono orari liberi per questa prestazione. Riprova nei prossimi giorni o chiama il CUP.")}</p>
          ) : (
            <SlotPicker action={book} fields={{ prescriptionId: choices.prescription.id }} slots={choices.slots} submitLabel={t("Prenota")} />
          )}
        </>
      )}
    </div>
  );
}
