import Link from "next/link";
import { AccessLogFilters } from "@/components/access-log-filters";
import { AreaUnavailable } from "@/components/area-unavailable";
import { AccessLogView } from "@/components/access-log-view";
import { loadMyAccessLog } from "@/lib/access-log/loaders";
import { parseAccessLogFilters } from "@/lib/access-log/schema";
import { actingForName } from "@/lib/delegations/context";
import { getT, titled } from "@/lib/i18n/server";
import { msg } from "@/lib/i18n/translate";

export const generateMetadata = titled(msg("Chi ha consultato il fascicolo"));

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AccessLogPage({ searchParams }: Props) {
  const t = await getT();
  const { filters, errors } = parseAccessLogFilters(await searchParams);
  const outcome = await loadMyAccessLog(filters);
  if (!outcome.allowed) return <AreaUnavailable title={t("Chi ha consultato il fascicolo")} reason={outcome.reason} />;
  const log = outcome.value;
  const actingFor = await actingForName();
  const kept = Object.fromEntries(Object.entries(filters).filter(([key, value]) => key !== "prima" && value !== undefined).map(([key, value]) => [key, String(value)]));
  const query = (extra: Record<string, string>) => new URLSearchParams({ ...kept, ...extra }).toString();
  return (
    <div>
      <h1 className="text-3xl font-bold">{actingFor ? t("Chi ha consultato il fascicolo di {name}", { name: actingFor }) : t("Chi ha consultato il tuo fascicolo")}</h1>
      <p className="mt-2 max-w-3xl text-muted">
        {actingFor
          ? t("Ogni accesso ai dati di {name} viene registrato, anche quando è negato, e il registro non può essere modificato. Qui trovi chi, quando, che cosa e perché, dal più recente; anche i tuoi accessi per suo conto.", { name: actingFor })
          : t(
              "Ogni accesso ai tuoi dati viene registrato, anche quando è negato, e il registro non può essere modificato. Qui trovi chi, quando, che cosa e perché, dal più recente.",
            )}
      </p>
      <AccessLogFilters filters={filters} errors={errors} csvHref={`/accessi/csv?${query({})}`} />
      {filters.chi === undefined ? (
        <p className="mt-4">
          {actingFor ? t("Sono mostrati gli accessi di altre persone, non i tuoi né quelli di {name}.", { name: actingFor }) : t("Sono mostrati gli accessi di altre persone, non i tuoi.")}{" "}
          <Link href={`/accessi?${query({ chi: "tutti" })}`}>{t("Mostra anche i tuoi accessi")}</Link>
        </p>
      ) : null}
      {log.rows.length === 0 ? (
        <p className="mt-6 rounded border border-line bg-white p-4">
          {filters.chi === undefined ? t("Nessun accesso di altre persone corrisponde ai filtri scelti.") : t("Nessun accesso corrisponde ai filtri scelti.")}
        </p>
      ) : (
        <AccessLogView rows={log.rows} actingFor={actingFor} />
      )}
      <nav aria-label={t("Pagine del registro")} className="mt-4 flex gap-6">
        {filters.prima ? <Link href={`/accessi?${query({})}`}>{t("Torna ai più recenti")}</Link> : null}
        {log.nextCursor ? <Link href={`/accessi?${query({ prima: String(log.nextCursor) })}`}>{t("Accessi precedenti")}</Link> : null}
      </nav>
    </div>
  );
}
