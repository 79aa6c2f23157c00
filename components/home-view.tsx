import Link from "next/link";
import { DocumentList } from "./document-list";
import type { DocumentListItem } from "@/lib/documents/types";

const AREAS: { href: string; label: string; description: string; ready: boolean }[] = [
  { href: "/documenti", label: "Documenti", description: "Referti, lettere di dimissione, verbali di pronto soccorso", ready: true },
  { href: "/accessi", label: "Chi ha consultato il fascicolo", description: "Ogni accesso ai tuoi dati, con data e motivo", ready: true },
  { href: "/esami", label: "Andamento degli esami", description: "I valori degli esami di laboratorio nel tempo", ready: true },
  { href: "/ricette", label: "Ricette", description: "Prescrizioni di farmaci e visite, con il promemoria", ready: true },
  { href: "/vaccinazioni", label: "Vaccinazioni", description: "Storico vaccinale e certificato", ready: true },
  { href: "/esenzioni", label: "Esenzioni", description: "Esenzioni per patologia e per reddito", ready: true },
  { href: "/prenotazioni", label: "Prenotazioni", description: "Appuntamenti in programma e passati", ready: true },
  { href: "/presa-in-carico", label: "Percorso di cura", description: "Chi ti segue e i controlli previsti, per le malattie croniche", ready: true },
  { href: "/taccuino", label: "Taccuino personale", description: "Le tue note e i tuoi documenti", ready: true },
  { href: "/profilo-sanitario", label: "Profilo sanitario sintetico", description: "Il riassunto della tua salute", ready: true },
  { href: "/consensi", label: "Consensi", description: "Chi può consultare il tuo fascicolo", ready: true },
  { href: "/notifiche", label: "Notifiche", description: "Avvisi su accessi in emergenza e consensi", ready: true },
  { href: "/deleghe", label: "Deleghe", description: "Persone di fiducia e figli minori", ready: true },
  { href: "/profilo", label: "Profilo", description: "Contatti per gli avvisi e riepilogo delle scelte", ready: true },
];

type Props = {
  givenName: string;
  latest: DocumentListItem[] | null;
  minor: boolean;
  actingFor?: string;
  /** Where a professional or an operator works, besides their own record. */
  workAreas?: { href: string; label: string }[];
};

function greeting(now: Date): string {
  const hour = Number(new Intl.DateTimeFormat("it-IT", { timeZone: "Europe/Rome", hour: "numeric", hourCycle: "h23" }).format(now));
  return hour >= 5 && hour < 17 ? "Buongiorno" : "Buonasera";
}

export function HomeView({ givenName, latest, minor, actingFor, workAreas = [] }: Props) {
  return (
    <div>
      <h1 className="text-3xl font-bold">{actingFor ? `Fascicolo di ${actingFor}` : `${greeting(new Date())}, ${givenName}`}</h1>
      {workAreas.length > 0 ? (
        <nav aria-label="Aree di lavoro" className="mt-4 flex flex-wrap gap-3">
          {workAreas.map((area) => (
            <Link key={area.href} href={area.href} className="rounded border border-brand bg-white px-4 py-2 font-semibold no-underline">
              {area.label}
            </Link>
          ))}
        </nav>
      ) : null}
      {minor ? (
        <p className="mt-4 max-w-2xl rounded border border-line bg-warning-bg p-4" role="status">
          Il fascicolo di una persona minorenne è consultabile dai genitori o dal tutore. Potrai accedere direttamente al tuo fascicolo dal
          giorno del tuo diciottesimo compleanno.
        </p>
      ) : (
        <section aria-labelledby="ultimi" className="mt-6">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h2 id="ultimi" className="text-xl font-semibold">
              Ultimi documenti
            </h2>
            <Link href="/documenti">Vedi tutti i documenti</Link>
          </div>
          <div className="mt-3">
            {latest && latest.length > 0 ? (
              <DocumentList items={latest} />
            ) : (
              <p className="rounded border border-line bg-white p-4">Non ci sono ancora documenti nel tuo fascicolo.</p>
            )}
          </div>
        </section>
      )}
      <section aria-labelledby="aree" className="mt-10">
        <h2 id="aree" className="text-xl font-semibold">
          Il tuo fascicolo
        </h2>
        <ul className="mt-3 grid gap-3 sm:grid-cols-2">
          {AREAS.map((area) => (
            <li key={area.href} className="rounded border border-line bg-white p-4">
              {area.ready && !minor ? (
                <Link href={area.href} className="text-lg font-semibold">
                  {area.label}
                </Link>
              ) : (
                <span className="text-lg font-semibold">{area.label}</span>
              )}
              <p className="mt-1 text-sm text-muted">{area.description}</p>
              {!area.ready ? <p className="mt-2 text-sm font-semibold text-muted">Servizio in arrivo: non ancora disponibile in questo portale.</p> : null}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
