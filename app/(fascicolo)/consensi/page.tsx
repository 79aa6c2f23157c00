import { AreaUnavailable } from "@/components/area-unavailable";
import { ConsentCard } from "@/components/consent-card";
import { ConsentReview } from "@/components/consent-review";
import { loadMyConsents } from "@/lib/consents/loaders";
import type { ConsentKind } from "@/lib/consents/types";
import { getT, titled } from "@/lib/i18n/server";
import { msg } from "@/lib/i18n/translate";

export const generateMetadata = titled(msg("Consensi"));

const TEXTS: Record<ConsentKind, { title: string; explanation: string; ifGranted: string; ifRevoked: string; history: string }> = {
  CARE: {
    title: msg("Consultazione per la tua cura"),
    explanation:
      msg("Permette ai medici e agli operatori sanitari che ti hanno in cura di consultare i documenti del tuo fascicolo. Senza questo consenso i documenti restano nel fascicolo e li vedi tu, ma i professionisti non possono consultarli. Le cure che ricevi non dipendono da questa scelta."),
    ifGranted: msg("Dando il consenso, i professionisti che ti hanno in cura potranno consultare i tuoi documenti, tranne quelli che hai oscurato. Puoi revocarlo quando vuoi."),
    ifRevoked: msg("Revocando il consenso, dalla prossima richiesta nessun professionista potrà consultare il tuo fascicolo, salvo le emergenze se hai dato quel consenso."),
    history: msg("consultazione per la cura"),
  },
  EMERGENCY: {
    title: msg("Consultazione in emergenza"),
    explanation:
      msg("In un'emergenza, per esempio se non sei cosciente, un medico può consultare il tuo fascicolo dichiarando per iscritto il motivo. Ogni accesso in emergenza viene registrato e ti viene notificato."),
    ifGranted: msg("Dando il consenso, in emergenza un medico potrà consultare i tuoi documenti non oscurati, anche se non hai dato il consenso per la cura."),
    ifRevoked: msg("Revocando il consenso, nessun medico potrà consultare il fascicolo in emergenza."),
    history: msg("consultazione in emergenza"),
  },
  HEIGHTENED_PROTECTION: {
    title: msg("Documenti a maggior tutela"),
    explanation:
      msg("Alcuni documenti sono protetti da regole speciali sull'anonimato (per esempio test HIV, interruzione volontaria di gravidanza, dipendenze, violenza subita). Senza questo consenso nessun professionista li vede, neppure se può consultare il resto del fascicolo."),
    ifGranted: msg("Dando il consenso, i professionisti che possono consultare il tuo fascicolo vedranno anche questi documenti."),
    ifRevoked: msg("Revocando il consenso, questi documenti torneranno visibili solo a te."),
    history: msg("documenti a maggior tutela"),
  },
};

// Who made each choice, and through which channel.
const BY_SELF: Record<string, string> = { ONLINE: msg("Da te online"), DESK: msg("Da te allo sportello"), DELEGATE: msg("Da te") };
const BY_OTHER: Record<string, string> = { ONLINE: msg("Da {name} online"), DESK: msg("Da {name} allo sportello"), DELEGATE: msg("Da {name} tramite delega") };

type Props = { searchParams: Promise<{ revisione?: string }> };

export default async function ConsentsPage({ searchParams }: Props) {
  const t = await getT();
  const { revisione } = await searchParams;
  const outcome = await loadMyConsents();
  if (!outcome.allowed) return <AreaUnavailable title={t("Consensi")} reason={outcome.reason} />;
  const overview = outcome.value;
  const reviewDone = revisione === "1" && !overview.needsReviewAtMajority;
  return (
    <div>
      <h1 className="text-3xl font-bold">{t("I tuoi consensi")}</h1>
      <p className="mt-2 max-w-3xl text-muted">
        {t("Decidi tu chi può consultare il tuo fascicolo. Ogni scelta vale dalla richiesta successiva e resta registrata nello storico qui sotto.")}
      </p>
      {overview.needsReviewAtMajority ? <ConsentReview /> : null}
      {reviewDone ? (
        <p role="status" className="mt-4 rounded border border-line bg-white p-4 font-semibold">
          {t("Hai confermato le tue scelte. Puoi cambiarle in ogni momento da questa pagina.")}
        </p>
      ) : null}
      <div className="mt-6 grid gap-4">
        {overview.current.map((status) => (
          <ConsentCard
            key={status.kind}
            status={status}
            title={t(TEXTS[status.kind].title)}
            explanation={t(TEXTS[status.kind].explanation)}
            ifGranted={t(TEXTS[status.kind].ifGranted)}
            ifRevoked={t(TEXTS[status.kind].ifRevoked)}
            sinceLabel={status.since ? t("dal {date}", { date: t.date(status.since) }) : null}
          />
        ))}
      </div>
      <section aria-labelledby="storico" className="mt-10">
        <h2 id="storico" className="text-2xl font-semibold">
          {t("Storico delle scelte")}
        </h2>
        {overview.history.length === 0 ? (
          <p className="mt-3 rounded border border-line bg-white p-4">{t("Non hai ancora espresso nessun consenso.")}</p>
        ) : (
          <ol className="mt-3 grid gap-2">
            {overview.history.map((row) => (
              <li key={row.id} className="rounded border border-line bg-white p-3">
                <time dateTime={row.at} className="text-sm text-muted">
                  {t.dateTime(row.at)}
                </time>
                <p>
                  {row.granted ? t("Consenso dato") : t("Consenso revocato")}: {t(TEXTS[row.kind].history)}
                </p>
                <p className="text-sm text-muted">
                  {row.bySelf ? t(BY_SELF[row.channel] ?? BY_SELF.DELEGATE!) : t(BY_OTHER[row.channel] ?? msg("Da {name}"), { name: row.byName ?? "" })}
                </p>
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
