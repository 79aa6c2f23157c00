import { AreaUnavailable } from "@/components/area-unavailable";
import { ConsentCard } from "@/components/consent-card";
import { ConsentReview } from "@/components/consent-review";
import { loadMyConsents } from "@/lib/consents/loaders";
import type { ConsentKind } from "@/lib/consents/types";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import { titled } from "@/lib/i18n/server";
import { msg } from "@/lib/i18n/translate";

export const generateMetadata = titled(msg("Consensi"));

const TEXTS: Record<ConsentKind, { title: string; explanation: string; ifGranted: string; ifRevoked: string; history: string }> = {
  CARE: {
    title: "Consultazione per la tua cura",
    explanation:
      "Permette ai medici e agli operatori sanitari che ti hanno in cura di consultare i documenti del tuo fascicolo. Senza questo consenso i documenti restano nel fascicolo e li vedi tu, ma i professionisti non possono consultarli. Le cure che ricevi non dipendono da questa scelta.",
    ifGranted: "Dando il consenso, i professionisti che ti hanno in cura potranno consultare i tuoi documenti, tranne quelli che hai oscurato. Puoi revocarlo quando vuoi.",
    ifRevoked: "Revocando il consenso, dalla prossima richiesta nessun professionista potrà consultare il tuo fascicolo, salvo le emergenze se hai dato quel consenso.",
    history: "consultazione per la cura",
  },
  EMERGENCY: {
    title: "Consultazione in emergenza",
    explanation:
      "In un'emergenza, per esempio se non sei cosciente, un medico può consultare il tuo fascicolo dichiarando per iscritto il motivo. Ogni accesso in emergenza viene registrato e ti viene notificato.",
    ifGranted: "Dando il consenso, in emergenza un medico potrà consultare i tuoi documenti non oscurati, anche se non hai dato il consenso per la cura.",
    ifRevoked: "Revocando il consenso, nessun medico potrà consultare il fascicolo in emergenza.",
    history: "consultazione in emergenza",
  },
  HEIGHTENED_PROTECTION: {
    title: "Documenti a maggior tutela",
    explanation:
      "Alcuni documenti sono protetti da regole speciali sull'anonimato (per esempio test HIV, interruzione volontaria di gravidanza, dipendenze, violenza subita). Senza questo consenso nessun professionista li vede, neppure se può consultare il resto del fascicolo.",
    ifGranted: "Dando il consenso, i professionisti che possono consultare il tuo fascicolo vedranno anche questi documenti.",
    ifRevoked: "Revocando il consenso, questi documenti torneranno visibili solo a te.",
    history: "documenti a maggior tutela",
  },
};

const CHANNELS: Record<string, string> = { ONLINE: "online", DESK: "allo sportello", DELEGATE: "da un delegato" };

type Props = { searchParams: Promise<{ revisione?: string }> };

export default async function ConsentsPage({ searchParams }: Props) {
  const { revisione } = await searchParams;
  const outcome = await loadMyConsents();
  if (!outcome.allowed) return <AreaUnavailable title="Consensi" reason={outcome.reason} />;
  const overview = outcome.value;
  const reviewDone = revisione === "1" && !overview.needsReviewAtMajority;
  return (
    <div>
      <h1 className="text-3xl font-bold">I tuoi consensi</h1>
      <p className="mt-2 max-w-3xl text-muted">
        Decidi tu chi può consultare il tuo fascicolo. Ogni scelta vale dalla richiesta successiva e resta registrata nello storico qui sotto.
      </p>
      {overview.needsReviewAtMajority ? <ConsentReview /> : null}
      {reviewDone ? (
        <p role="status" className="mt-4 rounded border border-line bg-white p-4 font-semibold">
          Hai confermato le tue scelte. Puoi cambiarle in ogni momento da questa pagina.
        </p>
      ) : null}
      <div className="mt-6 grid gap-4">
        {overview.current.map((status) => (
          <ConsentCard
            key={status.kind}
            status={status}
            {...TEXTS[status.kind]}
            sinceLabel={status.since ? `dal ${formatDate(status.since)}` : null}
          />
        ))}
      </div>
      <section aria-labelledby="storico" className="mt-10">
        <h2 id="storico" className="text-2xl font-semibold">
          Storico delle scelte
        </h2>
        {overview.history.length === 0 ? (
          <p className="mt-3 rounded border border-line bg-white p-4">Non hai ancora espresso nessun consenso.</p>
        ) : (
          <ol className="mt-3 grid gap-2">
            {overview.history.map((row) => (
              <li key={row.id} className="rounded border border-line bg-white p-3">
                <time dateTime={row.at} className="text-sm text-muted">
                  {formatDateTime(row.at)}
                </time>
                <p>
                  {row.granted ? "Consenso dato" : "Consenso revocato"}: {TEXTS[row.kind].history}
                </p>
                <p className="text-sm text-muted">
                  {row.bySelf ? "Da te" : `Da ${row.byName}`} {CHANNELS[row.channel] ?? ""}
                </p>
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
