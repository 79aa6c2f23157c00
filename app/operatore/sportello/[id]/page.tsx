import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DeskConsentForm } from "@/components/desk-consent-form";
import { DeskDelegationForm } from "@/components/desk-delegation-form";
import { closeDesk } from "@/lib/desk/actions";
import { loadDeskSession } from "@/lib/desk/loaders";
import { formatDate, formatDateTime } from "@/lib/i18n/format";

export const metadata: Metadata = { title: "Sessione di sportello" };

const CONSENT_LABELS: Record<string, string> = {
  CARE: "Consenso alla consultazione per la cura",
  EMERGENCY: "Consenso alla consultazione in emergenza",
  HEIGHTENED_PROTECTION: "Consenso per i documenti a maggior tutela",
};

type Props = { params: Promise<{ id: string }> };

export default async function DeskSessionPage({ params }: Props) {
  const { id } = await params;
  const desk = await loadDeskSession(id);
  if (!desk) notFound();
  const { session } = desk;
  return (
    <div>
      <p>
        <Link href="/operatore">← Sportello</Link>
      </p>
      <h1 className="mt-3 text-3xl font-bold">{session.citizenName}</h1>
      <p className="text-muted">
        Documento controllato: {session.identityDocument} · sessione valida fino alle {formatDateTime(session.expiresAt)}
      </p>
      {!session.open || !desk.consents || !desk.documents ? (
        <p role="alert" className="mt-4 rounded border-2 border-danger bg-white p-4 font-semibold text-danger">
          La sessione è scaduta o chiusa. Per continuare aprine una nuova dopo aver controllato di nuovo il documento di identità.
        </p>
      ) : (
        <>
          <section aria-labelledby="consensi" className="mt-6 rounded border border-line bg-white p-4">
            <h2 id="consensi" className="text-xl font-semibold">
              Consensi
            </h2>
            {desk.consents.current.map((status) => (
              <DeskConsentForm key={status.kind} sessionId={session.id} kind={status.kind} label={CONSENT_LABELS[status.kind]!} granted={status.granted} />
            ))}
          </section>
          <section aria-labelledby="delega" className="mt-6 rounded border border-line bg-white p-4">
            <h2 id="delega" className="text-xl font-semibold">
              Registra una delega su questo fascicolo
            </h2>
            <p className="text-sm text-muted">Chi viene delegato deve essere presente o aver firmato il modulo, e va identificato.</p>
            <DeskDelegationForm sessionId={session.id} />
          </section>
          <section aria-labelledby="stampa" className="mt-6">
            <h2 id="stampa" className="text-xl font-semibold">
              Documenti da stampare
            </h2>
            <p className="text-sm text-muted">Non compaiono i documenti oscurati, quelli a maggior tutela e quelli non ancora disponibili all&apos;assistito.</p>
            <ul className="mt-2 divide-y divide-line rounded border border-line bg-white">
              {desk.documents.items.map((item) => (
                <li key={item.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-2">
                  <span>
                    {item.title} · {formatDate(item.clinicalDate)}
                  </span>
                  <a href={`/operatore/sportello/${session.id}/documenti/${item.id}`} target="_blank" rel="noreferrer">
                    Stampa<span className="sr-only"> {item.title}</span>
                  </a>
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
      <div className="mt-8 flex flex-wrap gap-4">
        <a href={`/operatore/sportello/${session.id}/ricevuta`} className="rounded bg-brand px-5 py-2 font-semibold text-white no-underline hover:text-white">
          Ricevuta per l&apos;assistito (PDF)
        </a>
        <form action={closeDesk}>
          <input type="hidden" name="sessionId" value={session.id} />
          <button type="submit" className="rounded border border-ink px-5 py-2 font-semibold">
            Chiudi la sessione
          </button>
        </form>
      </div>
    </div>
  );
}
