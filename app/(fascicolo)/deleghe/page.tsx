import { ActionOutcome } from "@/components/action-outcome";
import { ConfirmedActionForm } from "@/components/confirmed-action-form";
import { ParentalRequestForm } from "@/components/parental-request-form";
import { TrustedDelegationForm } from "@/components/trusted-delegation-form";
import { actFor, answerDelegation, revokeDelegation } from "@/lib/delegations/actions";
import { loadMyDelegations } from "@/lib/delegations/loaders";
import { PARENTAL_DECLARATION } from "@/lib/delegations/schema";
import { formatDate } from "@/lib/i18n/format";
import { titled } from "@/lib/i18n/server";
import { msg } from "@/lib/i18n/translate";

export const generateMetadata = titled(msg("Deleghe"));

const KINDS: Record<string, string> = { PARENT: "Genitore", GUARDIAN: "Tutore", TRUSTED: "Persona di fiducia" };
const STATUSES: Record<string, string> = {
  PENDING: "In attesa di risposta",
  ACTIVE: "Attiva",
  REJECTED: "Rifiutata",
  REVOKED: "Terminata",
  EXPIRED: "Scaduta",
  ENDED_AT_MAJORITY: "Terminata al compimento dei 18 anni",
};
const AREAS: Record<string, string> = { documenti: "documenti", accessi: "registro degli accessi", consensi: "consensi" };

function scopeText(delegation: { kind: string; scope: string[]; canManage: boolean; endsAt: string | null }): string {
  const areas = delegation.scope.map((area) => AREAS[area] ?? area).join(", ");
  const rights = delegation.canManage ? "consultazione e modifica" : "solo consultazione";
  const until = delegation.endsAt ? `fino al ${formatDate(delegation.endsAt)}` : delegation.kind === "PARENT" ? "fino alla maggiore età" : "senza scadenza";
  return `${KINDS[delegation.kind]} · ${areas} · ${rights} · ${until}`;
}

export default async function DelegationsPage() {
  const { held, given, awaiting, limits } = await loadMyDelegations();
  const toAnswer = awaiting.filter((delegation) => !delegation.waitsForDesk);
  const myRequests = awaiting.filter((delegation) => delegation.waitsForDesk);
  const activeGiven = given.filter((delegation) => delegation.status === "ACTIVE" || delegation.status === "PENDING");
  const pastGiven = given.filter((delegation) => delegation.status !== "ACTIVE" && delegation.status !== "PENDING");
  return (
    <div>
      <h1 className="text-3xl font-bold">Deleghe</h1>
      <p className="mt-2 max-w-3xl text-muted">
        Qui scegli chi può consultare il tuo fascicolo per tuo conto e consulti quello delle persone che ti hanno delegato o dei tuoi figli minorenni.
      </p>
      <ActionOutcome>

      {toAnswer.length > 0 ? (
        <section aria-labelledby="da-accettare" className="mt-6 rounded border-2 border-brand bg-white p-4">
          <h2 id="da-accettare" className="text-2xl font-semibold">
            Richieste da accettare
          </h2>
          <ul className="mt-3 grid gap-4">
            {toAnswer.map((delegation) => (
              <li key={delegation.id}>
                <p className="text-lg font-semibold">{delegation.subjectName} ti chiede di agire per suo conto</p>
                <p className="text-sm text-muted">{scopeText(delegation)}</p>
                <div className="mt-2 flex flex-wrap gap-3">
                  <ConfirmedActionForm action={answerDelegation} fields={{ delegationId: delegation.id, answer: "ACCEPT" }} label="Accetta" srContext={`la delega di ${delegation.subjectName}`} />
                  <ConfirmedActionForm action={answerDelegation} fields={{ delegationId: delegation.id, answer: "DECLINE" }} label="Rifiuta" tone="plain" srContext={`la delega di ${delegation.subjectName}`} confirmQuestion="Vuoi rifiutare questa delega?" />
                </div>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="per-chi" className="mt-8">
        <h2 id="per-chi" className="text-2xl font-semibold">
          Fascicoli che puoi consultare
        </h2>
        {held.length === 0 ? (
          <p className="mt-3 rounded border border-line bg-white p-4">Non hai deleghe attive per altre persone.</p>
        ) : (
          <ul className="mt-3 grid gap-3">
            {held.map((delegation) => (
              <li key={delegation.id} className="rounded border border-line bg-white p-4">
                <p className="text-lg font-semibold">{delegation.subjectName}</p>
                <p className="text-sm text-muted">{scopeText(delegation)}</p>
                <div className="mt-3 flex flex-wrap items-start gap-3">
                  <form action={actFor}>
                    <input type="hidden" name="subjectId" value={delegation.subjectId} />
                    <button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark">
                      Consulta il fascicolo di {delegation.subjectName}
                    </button>
                  </form>
                  {delegation.kind === "TRUSTED" ? (
                    <ConfirmedActionForm
                      action={answerDelegation}
                      fields={{ delegationId: delegation.id, answer: "RENOUNCE" }}
                      label="Rinuncia alla delega"
                      tone="plain"
                      srContext={`di ${delegation.subjectName}`}
                      confirmQuestion={`Non potrai più consultare il fascicolo di ${delegation.subjectName}. Confermi?`}
                    />
                  ) : null}
                </div>
              </li>
            ))}
          </ul>
        )}
        {myRequests.length > 0 ? (
          <div className="mt-4 rounded border border-line bg-white p-4">
            <h3 className="font-semibold">Richieste come genitore in attesa di conferma</h3>
            <ul className="mt-2 grid gap-2">
              {myRequests.map((request) => (
                <li key={request.id}>
                  {request.subjectName} · richiesta del {formatDate(request.createdAt)}. Per attivarla rivolgiti a un Punto Assistiti Salute con un tuo documento di identità.
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </section>

      <section aria-labelledby="date-da-te" className="mt-10">
        <h2 id="date-da-te" className="text-2xl font-semibold">
          Chi può agire per te
        </h2>
        {activeGiven.length === 0 ? (
          <p className="mt-3 rounded border border-line bg-white p-4">Nessuno ha una delega attiva sul tuo fascicolo.</p>
        ) : (
          <ul className="mt-3 grid gap-3">
            {activeGiven.map((delegation) => (
              <li key={delegation.id} className="rounded border border-line bg-white p-4">
                <p className="font-semibold">
                  {delegation.delegateName} · {STATUSES[delegation.status] ?? delegation.status}
                </p>
                <p className="text-sm text-muted">{scopeText(delegation)}</p>
                <div className="mt-3">
                  <ConfirmedActionForm
                    action={revokeDelegation}
                    fields={{ delegationId: delegation.id }}
                    label="Termina la delega"
                    tone="danger"
                    srContext={`di ${delegation.delegateName}`}
                    confirmQuestion={`Da subito ${delegation.delegateName} non potrà più agire per te. Confermi?`}
                  />
                </div>
              </li>
            ))}
          </ul>
        )}
        {pastGiven.length > 0 ? (
          <details className="mt-4 rounded border border-line bg-white p-4">
            <summary className="cursor-pointer font-semibold">Deleghe passate ({pastGiven.length})</summary>
            <ul className="mt-2 grid gap-2">
              {pastGiven.map((delegation) => (
                <li key={delegation.id}>
                  {delegation.delegateName} · {KINDS[delegation.kind]} · {STATUSES[delegation.status] ?? delegation.status}
                </li>
              ))}
            </ul>
          </details>
        ) : null}
      </section>

      <section aria-labelledby="nuova-delega" className="mt-10 rounded border border-line bg-white p-4">
        <h2 id="nuova-delega" className="text-2xl font-semibold">
          Delega una persona di fiducia
        </h2>
        <p className="mt-2 max-w-3xl">
          La persona che indichi riceve la richiesta nel suo fascicolo e deve accettarla. Puoi terminare la delega quando vuoi; alla data di fine termina da sola.
        </p>
        <TrustedDelegationForm maxMonths={limits.maxMonths} maxActive={limits.maxActive} />
      </section>

      <section aria-labelledby="figlio" className="mt-8 rounded border border-line bg-white p-4">
        <h2 id="figlio" className="text-2xl font-semibold">
          Chiedi l&apos;accesso al fascicolo di un figlio minorenne
        </h2>
        <p className="mt-2 max-w-3xl">
          La richiesta diventa attiva quando un operatore di un Punto Assistiti Salute la conferma, dopo aver controllato il tuo documento di identità.
          L&apos;accesso termina da solo al compimento dei 18 anni. Tutori e amministratori di sostegno si registrano solo allo sportello, con il
          provvedimento del giudice.
        </p>
        <ParentalRequestForm declaration={PARENTAL_DECLARATION} />
      </section>
      </ActionOutcome>
    </div>
  );
}
