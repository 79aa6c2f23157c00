import type { Metadata } from "next";
import Link from "next/link";
import { OpenDeskForm } from "@/components/open-desk-form";
import { loadOpenDeskSessions } from "@/lib/desk/loaders";
import { formatDateTime } from "@/lib/i18n/format";

export const metadata: Metadata = { title: "Sportello" };

export default async function DeskHome() {
  const desk = await loadOpenDeskSessions();
  return (
    <div>
      <h1 className="text-3xl font-bold">Assisti un cittadino allo sportello</h1>
      <p className="mt-2 max-w-3xl text-muted">
        Controlla un documento di identità del cittadino presente e apri una sessione: durerà 20 minuti. Ogni operazione è registrata con il tuo
        nome e lo sportello, ed è visibile al cittadino.
      </p>
      <OpenDeskForm />
      {desk && desk.sessions.length > 0 ? (
        <section aria-labelledby="aperte" className="mt-8">
          <h2 id="aperte" className="text-xl font-semibold">
            Sessioni aperte
          </h2>
          <ul className="mt-2 grid gap-2">
            {desk.sessions.map((session) => (
              <li key={session.id}>
                <Link href={`/operatore/sportello/${session.id}`}>Sessione aperta il {formatDateTime(session.startedAt)}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
