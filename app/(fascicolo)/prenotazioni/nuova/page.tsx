import Link from "next/link";
import { notFound } from "next/navigation";
import { AreaUnavailable } from "@/components/area-unavailable";
import { SlotPicker } from "@/components/slot-picker";
import { loadBookingChoices } from "@/lib/appointments/loaders";
import { newBookingQuerySchema } from "@/lib/appointments/schema";
import { formatDate } from "@/lib/i18n/format";
import { titled } from "@/lib/i18n/server";
import { msg } from "@/lib/i18n/translate";

export const generateMetadata = titled(msg("Prenota una visita o un esame"));

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NewBookingPage({ searchParams }: Props) {
  const query = newBookingQuerySchema.safeParse(await searchParams);
  if (!query.success) notFound();
  const outcome = await loadBookingChoices(query.data.ricetta);
  if (!outcome.allowed) return <AreaUnavailable title="Prenota una visita o un esame" reason={outcome.reason} />;
  const choices = outcome.value;
  return (
    <div>
      <p>
        <Link href="/prenotazioni">← Prenotazioni</Link>
      </p>
      <h1 className="mt-3 text-3xl font-bold">Prenota una visita o un esame</h1>
      {!choices ? (
        <p className="mt-6 rounded border border-line bg-white p-4">Questa ricetta non si può prenotare: forse è già prenotata, utilizzata o scaduta.</p>
      ) : (
        <>
          <p className="mt-2 text-lg">
            <span className="font-semibold">{choices.prescription.serviceName}</span> · ricetta {choices.prescription.nre}
            {choices.prescription.priority ? ` · priorità ${choices.prescription.priority}` : ""} · da usare entro il {formatDate(choices.prescription.expiresAt)}
          </p>
          {choices.slots.length === 0 ? (
            <p className="mt-6 rounded border border-line bg-white p-4">Al momento non ci sono orari liberi per questa prestazione. Riprova nei prossimi giorni o chiama il CUP.</p>
          ) : (
            <SlotPicker prescriptionId={choices.prescription.id} slots={choices.slots} />
          )}
        </>
      )}
    </div>
  );
}
