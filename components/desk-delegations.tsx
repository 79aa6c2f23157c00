import { ConfirmedActionForm } from "./confirmed-action-form";
import { deskEndDelegation } from "@/lib/desk/actions";
import { formatDate } from "@/lib/i18n/format";

// The delegations on the record of the citizen at the desk, so that one can be ended at their request.
// The staff console is in Italian (decision on languages), like the rest of the desk page.

type Delegation = { id: string; delegateName: string; kind: string; status: string; scope: string[]; canManage: boolean; endsAt: string | null };

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

/** A parent's online request still waiting is answered in its own section, not ended here. */
const endable = (delegation: Delegation) => delegation.status === "ACTIVE" || (delegation.status === "PENDING" && delegation.kind === "TRUSTED");

export function DeskDelegations({ sessionId, delegations }: { sessionId: string; delegations: Delegation[] }) {
  if (delegations.length === 0) return <p className="mt-2">Nessuna delega su questo fascicolo.</p>;
  return (
    <ul className="mt-2 divide-y divide-line rounded border border-line bg-white">
      {delegations.map((delegation) => (
        <li key={delegation.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-2">
          <span>
            <strong>{delegation.delegateName}</strong> · {KINDS[delegation.kind] ?? delegation.kind} · {STATUSES[delegation.status] ?? delegation.status}
            <span className="block text-sm text-muted">
              {delegation.scope.map((area) => AREAS[area] ?? area).join(", ")} · {delegation.canManage ? "consultazione e modifica" : "solo consultazione"}
              {delegation.endsAt ? ` · fino al ${formatDate(delegation.endsAt)}` : ""}
            </span>
          </span>
          {endable(delegation) ? (
            <ConfirmedActionForm
              action={deskEndDelegation}
              fields={{ sessionId, delegationId: delegation.id }}
              label="Termina"
              tone="plain"
              srContext={`la delega di ${delegation.delegateName}`}
              confirmQuestion={`Terminare la delega di ${delegation.delegateName}? Da subito non potrà più agire per l'assistito.`}
            />
          ) : null}
        </li>
      ))}
    </ul>
  );
}
