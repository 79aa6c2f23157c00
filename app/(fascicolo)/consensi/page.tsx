import { AreaUnavailable } from "@/components/area-unavailable";
import { ConsentCard } from "@/components/consent-card";
import { ConsentReview } from "@/components/consent-review";
import { loadMyConsents } from "@/lib/consents/loaders";
import { loadWhoseRecord } from "@/lib/delegations/context";
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

// The same, on a child's (or a delegating person's) record opened on their behalf: it speaks of them.
const TEXTS_FOR_OTHER: Record<ConsentKind, { title: string; explanation: string; ifGranted: string; ifRevoked: string }> = {
  CARE: {
    title: msg("Consultazione per la cura di {name}"),
    explanation:
      msg("Permette ai medici e agli operatori sanitari che hanno in cura {name} di consultare i documenti del suo fascicolo. Senza questo consenso i documenti restano nel fascicolo, ma i professionisti non possono consultarli. Le cure che riceve non dipendono da questa scelta."),
    ifGranted: msg("Dando il consenso, i professionisti che hanno in cura {name} potranno consultare i suoi documenti, tranne quelli oscurati. Puoi revocarlo quando vuoi."),
    ifRevoked: msg("Revocando il consenso, dalla prossima richiesta nessun professionista potrà consultare il fascicolo di {name}, salvo le emergenze se è stato dato quel consenso."),
  },
  EMERGENCY: {
    title: msg("Consultazione in emergenza del fascicolo di {name}"),
    explanation:
      msg("In un'emergenza, per esempio se {name} non è cosciente, un medico può consultare il suo fascicolo dichiarando per iscritto il motivo. Ogni accesso in emergenza viene registrato e notificato."),
    ifGranted: msg("Dando il consenso, in emergenza un medico potrà consultare i documenti non oscurati di {name}, anche senza il consenso per la cura."),
    ifRevoked: msg("Revocando il consenso, nessun medico potrà consultare il fascicolo di {name} in emergenza."),
  },
  HEIGHTENED_PROTECTION: {
    title: msg("Documenti di {name} a maggior tutela"),
    explanation:
      msg("Alcuni documenti sono protetti da regole speciali sull'anonimato (per esempio test HIV, interruzione volontaria di gravidanza, dipendenze, violenza subita). Senza questo consenso nessun professionista li vede, neppure se può consultare il resto del fascicolo."),
    ifGranted: msg("Dando il consenso, i professionisti che possono consultare il fascicolo di {name} vedranno anche questi documenti."),
    ifRevoked: msg("Revocando il consenso, nessun professionista vedrà più questi documenti di {name}."),
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
  // Whose consents these are: the page and its forms name that person, and the action checks it.
  const { subjectId, actingFor } = await loadWhoseRecord();
  const texts = (kind: ConsentKind) =>
    actingFor
      ? {
          title: t(TEXTS_FOR_OTHER[kind].title, { name: actingFor }),
          explanation: t(TEXTS_FOR_OTHER[kind].explanation, { name: actingFor }),
          ifGranted: t(TEXTS_FOR_OTHER[kind].ifGranted, { name: actingFor }),
          ifRevoked: t(TEXTS_FOR_OTHER[kind].ifRevoked, { name: actingFor }),
        }
      : { title: t(TEXTS[kind].title), explanation: t(TEXTS[kind].explanation), ifGranted: t(TEXTS[kind].ifGranted), ifRevoked: t(TEXTS[kind].ifRevoked) };
  return (
    <div>
      <h1 className="text-3xl font-bold">{actingFor ? t("Consensi di {name}", { name: actingFor }) : t("I tuoi consensi")}</h1>
      <p className="mt-2 max-w-3xl text-muted">
        {actingFor
          ? t("Decidi tu, per {name}, chi può consultare il suo fascicolo. Ogni scelta vale dalla richiesta successiva e resta registrata nello storico qui sotto.", { name: actingFor })
          : t("Decidi tu chi può consultare il tuo fascicolo. Ogni scelta vale dalla richiesta successiva e resta registrata nello storico qui sotto.")}
      </p>
      {overview.needsReviewAtMajority && !actingFor ? <ConsentReview subjectId={subjectId} /> : null}
      {reviewDone ? (
        <p role="status" className="mt-4 rounded border border-line bg-white p-4 font-semibold">
          {t("Hai confermato le tue scelte. Puoi cambiarle in ogni momento da questa pagina.")}
        </p>
      ) : null}
      <div className="mt-6 grid gap-4">
        {overview.current.map((status) => (
          <ConsentCard
            key={status.kind}
            subjectId={subjectId}
            status={status}
            {...texts(status.kind)}
            sinceLabel={status.since ? t("dal {date}", { date: t.date(status.since) }) : null}
          />
        ))}
      </div>
      <section aria-labelledby="storico" className="mt-10">
        <h2 id="storico" className="text-2xl font-semibold">
          {t("Storico delle scelte")}
        </h2>
        {overview.history.length === 0 ? (
          <p className="mt-3 rounded border border-line bg-white p-4">
            {actingFor ? t("Per {name} non è ancora stato espresso nessun consenso.", { name: actingFor }) : t("Non hai ancora espresso nessun consenso.")}
          </p>
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
                  {row.bySelf && !actingFor ? t(BY_SELF[row.channel] ?? BY_SELF.DELEGATE!) : t(BY_OTHER[row.channel] ?? msg("Da {name}"), { name: row.byName ?? "" })}
                </p>
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
