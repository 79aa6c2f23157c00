import Link from "next/link";
import { DocumentList } from "./document-list";
import { HomeTasksList } from "./home-tasks";
import type { HomeTasks } from "@/lib/tasks/types";
import type { DocumentListItem } from "@/lib/documents/types";
import { getT } from "@/lib/i18n/server";
import { msg } from "@/lib/i18n/translate";

/**
 * `forOther`: the description on a record consulted for someone else, naming them. `personal`: a page of
 * the logged-in person's own, whoever's record is open.
 */
type Area = { href: string; label: string; description: string; forOther?: string; personal?: true; ready: boolean };

const AREAS: Area[] = [
  { href: "/documenti", label: msg("Documenti"), description: msg("Referti, lettere di dimissione, verbali di pronto soccorso"), ready: true },
  { href: "/accessi", label: msg("Chi ha consultato il fascicolo"), description: msg("Ogni accesso ai tuoi dati, con data e motivo"), forOther: msg("Ogni accesso ai dati di {name}, con data e motivo"), ready: true },
  { href: "/esami", label: msg("Andamento degli esami"), description: msg("I valori degli esami di laboratorio nel tempo"), ready: true },
  { href: "/ricette", label: msg("Ricette"), description: msg("Prescrizioni di farmaci e visite, con il promemoria"), ready: true },
  { href: "/vaccinazioni", label: msg("Vaccinazioni"), description: msg("Storico vaccinale e certificato"), ready: true },
  { href: "/esenzioni", label: msg("Esenzioni"), description: msg("Esenzioni per patologia e per reddito"), ready: true },
  { href: "/prenotazioni", label: msg("Prenotazioni"), description: msg("Appuntamenti in programma e passati"), ready: true },
  { href: "/presa-in-carico", label: msg("Percorso di cura"), description: msg("Chi ti segue e i controlli previsti, per le malattie croniche"), forOther: msg("Chi segue {name} e i controlli previsti, per le malattie croniche"), ready: true },
  { href: "/taccuino", label: msg("Taccuino personale"), description: msg("Le tue note e i tuoi documenti"), forOther: msg("Le note e i documenti di {name}"), ready: true },
  { href: "/profilo-sanitario", label: msg("Profilo sanitario sintetico"), description: msg("Il riassunto della tua salute"), forOther: msg("Il riassunto della salute di {name}"), ready: true },
  { href: "/consensi", label: msg("Consensi"), description: msg("Chi può consultare il tuo fascicolo"), forOther: msg("Chi può consultare il fascicolo di {name}"), ready: true },
  { href: "/notifiche", label: msg("Notifiche"), description: msg("Avvisi su accessi in emergenza e consensi"), personal: true, ready: true },
  { href: "/deleghe", label: msg("Deleghe"), description: msg("Persone di fiducia e figli minori"), personal: true, ready: true },
  { href: "/profilo", label: msg("Profilo"), description: msg("Contatti per gli avvisi e riepilogo delle scelte"), personal: true, ready: true },
];

type Props = {
  givenName: string;
  latest: DocumentListItem[] | null;
  minor: boolean;
  actingFor?: string;
  /** Where a professional or an operator works, besides their own record. */
  workAreas?: { href: string; label: string }[];
  /** What is new and what is to do; none for a minor, whose record their parents follow. */
  tasks?: HomeTasks;
};

function isDaytime(now: Date): boolean {
  const hour = Number(new Intl.DateTimeFormat("it-IT", { timeZone: "Europe/Rome", hour: "numeric", hourCycle: "h23" }).format(now));
  return hour >= 5 && hour < 17;
}

export async function HomeView({ givenName, latest, minor, actingFor, workAreas = [], tasks }: Props) {
  const t = await getT();
  return (
    <div>
      <h1 className="text-3xl font-bold">{actingFor ? t("Fascicolo di {name}", { name: actingFor }) : isDaytime(new Date()) ? t("Buongiorno, {name}", { name: givenName }) : t("Buonasera, {name}", { name: givenName })}</h1>
      {workAreas.length > 0 ? (
        <nav aria-label={t("Aree di lavoro")} className="mt-4 flex flex-wrap gap-3">
          {workAreas.map((area) => (
            <Link key={area.href} href={area.href} className="rounded border border-brand bg-white px-4 py-2 font-semibold no-underline">
              {t(area.label)}
            </Link>
          ))}
        </nav>
      ) : null}
      {minor ? (
        <p className="mt-4 max-w-2xl rounded border border-line bg-warning-bg p-4" role="status">
          {t("Il fascicolo di una persona minorenne è consultabile dai genitori o dal tutore. Potrai accedere direttamente al tuo fascicolo dal giorno del tuo diciottesimo compleanno.")}
        </p>
      ) : (
        <>
          {tasks ? <HomeTasksList tasks={tasks} actingFor={actingFor} /> : null}
          <section aria-labelledby="ultimi" className="mt-8">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h2 id="ultimi" className="text-xl font-semibold">
                {t("Ultimi documenti")}
              </h2>
              <Link href="/documenti">{t("Vedi tutti i documenti")}</Link>
            </div>
            <div className="mt-3">
              {latest && latest.length > 0 ? (
                <DocumentList items={latest} />
              ) : (
                <p className="rounded border border-line bg-white p-4">
                  {actingFor ? t("Non ci sono ancora documenti nel fascicolo di {name}.", { name: actingFor }) : t("Non ci sono ancora documenti nel tuo fascicolo.")}
                </p>
              )}
            </div>
          </section>
        </>
      )}
      <section aria-labelledby="aree" className="mt-10">
        <h2 id="aree" className="text-xl font-semibold">
          {actingFor ? t("Il fascicolo di {name}", { name: actingFor }) : t("Il tuo fascicolo")}
        </h2>
        <AreaList areas={actingFor ? AREAS.filter((area) => !area.personal) : AREAS} minor={minor} actingFor={actingFor} />
      </section>
      {actingFor ? (
        // A parent consulting a child's record still reaches their own pages, said to be theirs.
        <section aria-labelledby="aree-personali" className="mt-10">
          <h2 id="aree-personali" className="text-xl font-semibold">
            {t("Le tue pagine")}
          </h2>
          <p className="mt-1 text-muted">{t("Riguardano te, non {name}: i tuoi avvisi, le tue deleghe, il tuo profilo.", { name: actingFor })}</p>
          <AreaList areas={AREAS.filter((area) => area.personal)} minor={false} />
        </section>
      ) : null}
    </div>
  );
}

async function AreaList({ areas, minor, actingFor }: { areas: Area[]; minor: boolean; actingFor?: string }) {
  const t = await getT();
  return (
    <ul className="mt-3 grid gap-3 sm:grid-cols-2">
      {areas.map((area) => (
        <li key={area.href} className="rounded border border-line bg-white p-4">
          {area.ready && !minor ? (
            <Link href={area.href} className="text-lg font-semibold">
              {t(area.label)}
            </Link>
          ) : (
            <span className="text-lg font-semibold">{t(area.label)}</span>
          )}
          <p className="mt-1 text-sm text-muted">{actingFor && area.forOther ? t(area.forOther, { name: actingFor }) : t(area.description)}</p>
          {!area.ready ? <p className="mt-2 text-sm font-semibold text-muted">{t("Servizio in arrivo: non ancora disponibile in questo portale.")}</p> : null}
        </li>
      ))}
    </ul>
  );
}
