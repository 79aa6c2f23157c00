import type { Metadata } from "next";
import { actFor } from "@/lib/delegations/actions";
import { loadMyDelegations } from "@/lib/delegations/loaders";
import { formatDate } from "@/lib/i18n/format";

export const metadata: Metadata = { title: "Deleghe" };

const KINDS: Record<string, string> = { PARENT: "Genitore", GUARDIAN: "Tutore", TRUSTED: "Persona di fiducia" };
const STATUSES: Record<string, string> = { PENDING: "In attesa", ACTIVE: "Attiva", REJECTED: "Rifiutata", REVOKED: "Terminata", ENDED_AT_MAJORITY: "Terminata al compimento dei 18 anni" };
const AREAS: Record<string, string> = { documenti: "documenti", accessi: "registro degli accessi", consensi: "consensi" };

export default async function DelegationsPage() {
  const { held, given } = await loadMyDelegations();
  return (
    <div>
      <h1 className="text-3xl font-bold">Deleghe</h1>
      <section aria-labelledby="per-chi" className="mt-6">
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
                <p className="text-sm text-muted">
                  {KINDS[delegation.kind]} · {delegation.scope.map((area) => AREAS[area] ?? area).join(", ")}
                  {delegation.canManage ? " · puoi anche gestire" : " · solo consultazione"}
                  {delegation.endsAt ? ` · fino al ${formatDate(delegation.endsAt)}` : delegation.kind === "PARENT" ? " · fino alla maggiore età" : ""}
                </p>
                <form action={actFor} className="mt-3">
                  <input type="hidden" name="subjectId" value={delegation.subjectId} />
                  <button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark">
                    Consulta il fascicolo di {delegation.subjectName}
                  </button>
                </form>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="date-da-te" className="mt-10">
        <h2 id="date-da-te" className="text-2xl font-semibold">
          Chi può agire per te
        </h2>
        {given.length === 0 ? (
          <p className="mt-3 rounded border border-line bg-white p-4">Nessuno ha una delega sul tuo fascicolo.</p>
        ) : (
          <ul className="mt-3 grid gap-3">
            {given.map((delegation) => (
              <li key={delegation.id} className="rounded border border-line bg-white p-4">
                <p className="font-semibold">{delegation.delegateName}</p>
                <p className="text-sm text-muted">
                  {KINDS[delegation.kind]} · {STATUSES[delegation.status] ?? delegation.status}
                  {delegation.endsAt ? ` · fino al ${formatDate(delegation.endsAt)}` : ""}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
      <p className="mt-10 max-w-3xl text-muted">
        Per delegare una persona di fiducia, chiedere l&apos;accesso al fascicolo di un figlio minore o registrare una tutela puoi rivolgerti a un
        Punto Assistiti Salute. La richiesta online arriverà presto in questo portale.
      </p>
    </div>
  );
}
