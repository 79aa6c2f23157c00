import { ActionOutcome } from "@/components/action-outcome";
import { ConfirmedActionForm } from "@/components/confirmed-action-form";
import { ParentalRequestForm } from "@/components/parental-request-form";
import { PersonalPageNotice } from "@/components/personal-page-notice";
import { TrustedDelegationForm } from "@/components/trusted-delegation-form";
import { actFor, answerDelegation, revokeDelegation } from "@/lib/delegations/actions";
import { loadWhoseRecord } from "@/lib/delegations/context";
import { loadMyDelegations } from "@/lib/delegations/loaders";
import { PARENTAL_DECLARATION } from "@/lib/delegations/schema";
import { getT, titled } from "@/lib/i18n/server";
import { msg, type Translator } from "@/lib/i18n/translate";

export const generateMetadata = titled(msg("Deleghe"));

const KINDS: Record<string, string> = { PARENT: msg("Genitore"), GUARDIAN: msg("Tutore"), TRUSTED: msg("Persona di fiducia") };
const STATUSES: Record<string, string> = {
  PENDING: msg("In attesa di risposta"),
  ACTIVE: msg("Attiva"),
  REJECTED: msg("Rifiutata"),
  REVOKED: msg("Terminata"),
  EXPIRED: msg("Scaduta"),
  ENDED_AT_MAJORITY: msg("Terminata al compimento dei 18 anni"),
};
const AREAS: Record<string, string> = { documenti: msg("documenti"), accessi: msg("registro degli accessi"), consensi: msg("consensi") };

function scopeText(delegation: { kind: string; scope: string[]; canManage: boolean; endsAt: string | null }, t: Translator): string {
  const areas = delegation.scope.map((area) => (AREAS[area] ? t(AREAS[area]) : area)).join(", ");
  const rights = delegation.canManage ? t("consultazione e modifica") : t("solo consultazione");
  const until = delegation.endsAt ? t("fino al {date}", { date: t.date(delegation.endsAt) }) : delegation.kind === "PARENT" ? t("fino alla maggiore età") : t("senza scadenza");
  return `${t(KINDS[delegation.kind] ?? delegation.kind)} · ${areas} · ${rights} · ${until}`;
}

export default async function DelegationsPage() {
  const t = await getT();
  const { held, given, awaiting, limits } = await loadMyDelegations();
  // The delegations are always the logged-in person's own, also while they consult someone else's record;
  // so are the changes made here (lib/delegations/actions.ts).
  const { subjectId: openRecord, userName, actingFor } = await loadWhoseRecord();
  const toAnswer = awaiting.filter((delegation) => !delegation.waitsForDesk);
  const myRequests = awaiting.filter((delegation) => delegation.waitsForDesk);
  const activeGiven = given.filter((delegation) => delegation.status === "ACTIVE" || delegation.status === "PENDING");
  const pastGiven = given.filter((delegation) => delegation.status !== "ACTIVE" && delegation.status !== "PENDING");
  return (
    <div>
      <h1 className="text-3xl font-bold">{actingFor ? t("Le tue deleghe, {name}", { name: userName }) : t("Deleghe")}</h1>
      {actingFor ? (
        <PersonalPageNotice userName={userName} actingFor={actingFor} about={t("Le deleghe che vedi, dai e termini qui sono le tue: chi può agire per te e i fascicoli che puoi consultare.")} />
      ) : null}
      <p className="mt-2 max-w-3xl text-muted">
        {t("Qui scegli chi può consultare il tuo fascicolo per tuo conto e consulti quello delle persone che ti hanno delegato o dei tuoi figli minorenni.")}
      </p>
      <ActionOutcome>

      {toAnswer.length > 0 ? (
        <section aria-labelledby="da-accettare" className="mt-6 rounded border-2 border-brand bg-white p-4">
          <h2 id="da-accettare" className="text-2xl font-semibold">
            {t("Richieste da accettare")}
          </h2>
          <ul className="mt-3 grid gap-4">
            {toAnswer.map((delegation) => (
              <li key={delegation.id}>
                <p className="text-lg font-semibold">{t("{name} ti chiede di agire per suo conto", { name: delegation.subjectName })}</p>
                <p className="text-sm text-muted">{scopeText(delegation, t)}</p>
                <div className="mt-2 flex flex-wrap gap-3">
                  <ConfirmedActionForm action={answerDelegation} fields={{ delegationId: delegation.id, answer: "ACCEPT" }} label={t("Accetta")} srContext={t("la delega di {name}", { name: delegation.subjectName })} />
                  <ConfirmedActionForm action={answerDelegation} fields={{ delegationId: delegation.id, answer: "DECLINE" }} label={t("Rifiuta")} tone="plain" srContext={t("la delega di {name}", { name: delegation.subjectName })} confirmQuestion={t("Vuoi rifiutare questa delega?")} />
                </div>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="per-chi" className="mt-8">
        <h2 id="per-chi" className="text-2xl font-semibold">
          {t("Fascicoli che puoi consultare")}
        </h2>
        {held.length === 0 ? (
          <p className="mt-3 rounded border border-line bg-white p-4">{t("Non hai deleghe attive per altre persone.")}</p>
        ) : (
          <ul className="mt-3 grid gap-3">
            {held.map((delegation) => (
              <li key={delegation.id} className="rounded border border-line bg-white p-4">
                <p className="text-lg font-semibold">{delegation.subjectName}</p>
                <p className="text-sm text-muted">{scopeText(delegation, t)}</p>
                <div className="mt-3 flex flex-wrap items-start gap-3">
                  {delegation.subjectId === openRecord ? (
                    <p className="py-2 font-semibold text-brand">{t("Lo stai consultando ora")}</p>
                  ) : (
                    <form action={actFor}>
                      <input type="hidden" name="subjectId" value={delegation.subjectId} />
                      <button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark">
                        {t("Consulta il fascicolo di {name}", { name: delegation.subjectName })}
                      </button>
                    </form>
                  )}
                  {delegation.kind === "TRUSTED" ? (
                    <ConfirmedActionForm
                      action={answerDelegation}
                      fields={{ delegationId: delegation.id, answer: "RENOUNCE" }}
                      label={t("Rinuncia alla delega")}
                      tone="plain"
                      srContext={t("di {name}", { name: delegation.subjectName })}
                      confirmQuestion={t("Non potrai più consultare il fascicolo di {name}. Confermi?", { name: delegation.subjectName })}
                    />
                  ) : null}
                </div>
              </li>
            ))}
          </ul>
        )}
        {myRequests.length > 0 ? (
          <div className="mt-4 rounded border border-line bg-white p-4">
            <h3 className="font-semibold">{t("Richieste come genitore in attesa di conferma")}</h3>
            <ul className="mt-2 grid gap-2">
              {myRequests.map((request) => (
                <li key={request.id}>
                  {request.subjectName} ·{" "}
                  {t("richiesta del {date}. Per attivarla rivolgiti a un Punto Assistiti Salute con un tuo documento di identità.", { date: t.date(request.createdAt) })}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </section>

      <section aria-labelledby="date-da-te" className="mt-10">
        <h2 id="date-da-te" className="text-2xl font-semibold">
          {t("Chi può agire per te")}
        </h2>
        {activeGiven.length === 0 ? (
          <p className="mt-3 rounded border border-line bg-white p-4">{t("Nessuno ha una delega attiva sul tuo fascicolo.")}</p>
        ) : (
          <ul className="mt-3 grid gap-3">
            {activeGiven.map((delegation) => (
              <li key={delegation.id} className="rounded border border-line bg-white p-4">
                <p className="font-semibold">
                  {delegation.delegateName} · {STATUSES[delegation.status] ? t(STATUSES[delegation.status]!) : delegation.status}
                </p>
                <p className="text-sm text-muted">{scopeText(delegation, t)}</p>
                <div className="mt-3">
                  <ConfirmedActionForm
                    action={revokeDelegation}
                    fields={{ delegationId: delegation.id }}
                    label={t("Termina la delega")}
                    tone="danger"
                    srContext={t("di {name}", { name: delegation.delegateName })}
                    confirmQuestion={t("Da subito {name} non potrà più agire per te. Confermi?", { name: delegation.delegateName })}
                  />
                </div>
              </li>
            ))}
          </ul>
        )}
        {pastGiven.length > 0 ? (
          <details className="mt-4 rounded border border-line bg-white p-4">
            <summary className="cursor-pointer font-semibold">{t("Deleghe passate ({count})", { count: pastGiven.length })}</summary>
            <ul className="mt-2 grid gap-2">
              {pastGiven.map((delegation) => (
                <li key={delegation.id}>
                  {delegation.delegateName} · {t(KINDS[delegation.kind] ?? delegation.kind)} · {STATUSES[delegation.status] ? t(STATUSES[delegation.status]!) : delegation.status}
                </li>
              ))}
            </ul>
          </details>
        ) : null}
      </section>

      <section aria-labelledby="nuova-delega" className="mt-10 rounded border border-line bg-white p-4">
        <h2 id="nuova-delega" className="text-2xl font-semibold">
          {t("Delega una persona di fiducia")}
        </h2>
        <p className="mt-2 max-w-3xl">
          {t("La persona che indichi riceve la richiesta nel suo fascicolo e deve accettarla. Puoi terminare la delega quando vuoi; alla data di fine termina da sola.")}
        </p>
        <TrustedDelegationForm maxMonths={limits.maxMonths} maxActive={limits.maxActive} />
      </section>

      <section aria-labelledby="figlio" className="mt-8 rounded border border-line bg-white p-4">
        <h2 id="figlio" className="text-2xl font-semibold">
          {t("Chiedi l'accesso al fascicolo di un figlio minorenne")}
        </h2>
        <p className="mt-2 max-w-3xl">
          {t(
            "La richiesta diventa attiva quando un operatore di un Punto Assistiti Salute la conferma, dopo aver controllato il tuo documento di identità. L'accesso termina da solo al compimento dei 18 anni. Tutori e amministratori di sostegno si registrano solo allo sportello, con il provvedimento del giudice.",
          )}
        </p>
        <ParentalRequestForm declaration={PARENTAL_DECLARATION} />
      </section>
      </ActionOutcome>
    </div>
  );
}
