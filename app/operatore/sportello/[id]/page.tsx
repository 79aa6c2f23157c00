import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionOutcome } from "@/components/action-outcome";
import { ConfirmedActionForm } from "@/components/confirmed-action-form";
import { DeskConsentForm } from "@/components/desk-consent-form";
import { DeskDelegationForm } from "@/components/desk-delegation-form";
import { DeskDelegations } from "@/components/desk-delegations";
import { closeDesk, deskChangeVisibility, deskDecideParentalRequest } from "@/lib/desk/actions";
import { loadDeskSession } from "@/lib/desk/loaders";
import { CONSENT_LABELS } from "@/lib/consents/labels";
import { operationLabel } from "@/lib/desk/receipt";
import { formatDate, formatDateTime } from "@/lib/i18n/format";

export const metadata: Metadata = { title: "Sessione di sportello" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const PSS_WARNING = "I dati di questo documento potrebbero essere già nel Profilo Sanitario Sintetico, che si oscura a parte. Oscurare il documento?";

export default async function DeskSessionPage({ params, searchParams }: Props) {
  const { id } = await params;
  const showObscured = (await searchParams).oscurati === "1";
  const loaded = await loadDeskSession(id, showObscured);
  if (!loaded) notFound();
  const { session, desk, steps, obscuredDocuments, delegations } = loaded;
  return (
    <div>
      <p>
        <Link href="/operatore">← Sportello</Link>
      </p>
      <h1 className="mt-3 text-3xl font-bold">{session.citizenName}</h1>
      <p className="text-muted">
        Documento controllato: {session.identityDocument} · sessione valida fino alle {formatDateTime(session.expiresAt)}
      </p>
      <ActionOutcome>
      {!session.open || !desk ? (
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
          {desk.parentalRequests.length > 0 ? (
            <section aria-labelledby="richieste" className="mt-6 rounded border-2 border-brand bg-white p-4">
              <h2 id="richieste" className="text-xl font-semibold">
                Richieste online di accesso come genitore
              </h2>
              <p className="text-sm text-muted">Controlla il documento di identità del richiedente e che sia genitore del minore, poi conferma o respingi.</p>
              <ul className="mt-3 grid gap-4">
                {desk.parentalRequests.map((request) => (
                  <li key={request.id} className="border-t border-line pt-3">
                    <p className="font-semibold">
                      {request.requesterName} · C.F. {request.requesterFiscalCode} · richiesta del {formatDateTime(request.createdAt)}
                    </p>
                    <p className="mt-1 text-sm">{request.selfCertification}</p>
                    <div className="mt-2 flex flex-wrap gap-3">
                      <ConfirmedActionForm action={deskDecideParentalRequest} fields={{ sessionId: session.id, delegationId: request.id, approve: "true" }} label="Conferma la richiesta" srContext={`di ${request.requesterName}`} />
                      <ConfirmedActionForm
                        action={deskDecideParentalRequest}
                        fields={{ sessionId: session.id, delegationId: request.id, approve: "false" }}
                        label="Respingi"
                        tone="plain"
                        srContext={`la richiesta di ${request.requesterName}`}
                        confirmQuestion="Respingere la richiesta?"
                      />
                    </div>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          <section aria-labelledby="deleghe" className="mt-6">
            <h2 id="deleghe" className="text-xl font-semibold">
              Deleghe su questo fascicolo
            </h2>
            {delegations === null ? <p className="mt-2">Le deleghe non si possono leggere ora.</p> : <DeskDelegations sessionId={session.id} delegations={delegations} />}
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
              Documenti: stampa e oscuramento
            </h2>
            <p className="text-sm text-muted">Non compaiono i documenti oscurati, quelli a maggior tutela e quelli non ancora disponibili all&apos;assistito.</p>
            <ul className="mt-2 divide-y divide-line rounded border border-line bg-white">
              {desk.documents.items.map((item) => (
                <li key={item.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-2">
                  <span>
                    {item.title} · {formatDate(item.clinicalDate)}
                  </span>
                  <span className="flex flex-wrap items-center gap-3">
                    <a href={`/operatore/sportello/${session.id}/documenti/${item.id}`} target="_blank" rel="noreferrer">
                      Stampa<span className="sr-only"> {item.title}</span>
                    </a>
                    <ConfirmedActionForm
                      action={deskChangeVisibility}
                      fields={{ sessionId: session.id, documentId: item.id, obscure: "true" }}
                      label="Oscura"
                      tone="plain"
                      srContext={item.title}
                      confirmQuestion={PSS_WARNING}
                    />
                  </span>
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="oscurati" className="mt-6">
            <h2 id="oscurati" className="text-xl font-semibold">
              Documenti oscurati dall&apos;assistito
            </h2>
            {obscuredDocuments === null ? (
              <p className="mt-2">
                Si mostrano solo se l&apos;assistito chiede di renderne visibile uno.{" "}
                <Link href={`/operatore/sportello/${session.id}?oscurati=1#oscurati`}>Mostra i documenti oscurati</Link>
              </p>
            ) : obscuredDocuments.length === 0 ? (
              <p className="mt-2">L&apos;assistito non ha oscurato documenti.</p>
            ) : (
              <ul className="mt-2 divide-y divide-line rounded border border-line bg-white">
                {obscuredDocuments.map((item) => (
                  <li key={item.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-2">
                    <span>
                      {item.title} · {formatDate(item.clinicalDate)}
                    </span>
                    <ConfirmedActionForm action={deskChangeVisibility} fields={{ sessionId: session.id, documentId: item.id, obscure: "false" }} label="Rendi visibile" tone="plain" srContext={item.title} />
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
      <section aria-labelledby="operazioni" className="mt-8">
        <h2 id="operazioni" className="text-xl font-semibold">
          Operazioni di questa sessione
        </h2>
        {steps.length === 0 ? (
          <p className="mt-2">Nessuna operazione finora.</p>
        ) : (
          <ol className="mt-2 divide-y divide-line rounded border border-line bg-white">
            {steps.map((step) => (
              <li key={step.seq} className="flex flex-wrap items-center justify-between gap-2 px-4 py-2">
                <span>
                  {formatDateTime(step.at)} · {operationLabel(step)}
                </span>
                <a href={`/operatore/sportello/${session.id}/ricevuta?passo=${step.seq}`} target="_blank" rel="noreferrer">
                  Ricevuta<span className="sr-only"> di questa operazione (PDF)</span>
                </a>
              </li>
            ))}
          </ol>
        )}
      </section>
      <div className="mt-8 flex flex-wrap gap-4">
        <a href={`/operatore/sportello/${session.id}/ricevuta`} className="rounded bg-brand px-5 py-2 font-semibold text-white no-underline hover:text-white">
          Ricevuta di tutta la sessione (PDF)
        </a>
        <form action={closeDesk}>
          <input type="hidden" name="sessionId" value={session.id} />
          <button type="submit" className="rounded border border-ink px-5 py-2 font-semibold">
            Chiudi la sessione
          </button>
        </form>
      </div>
      </ActionOutcome>
    </div>
  );
}
