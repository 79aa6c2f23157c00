"use client";

import { useActionState } from "react";
import { deskChangeConsent, type DeskState } from "@/lib/desk/actions";

const initial: DeskState = { status: "idle", message: "" };

export function DeskConsentForm({ sessionId, kind, label, granted }: { sessionId: string; kind: string; label: string; granted: boolean }) {
  const [state, action, pending] = useActionState(deskChangeConsent, initial);
  return (
    <form action={action} className="flex flex-wrap items-center gap-3 border-b border-line py-3 last:border-b-0">
      <input type="hidden" name="sessionId" value={sessionId} />
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="granted" value={granted ? "false" : "true"} />
      <span className="min-w-64 flex-1">
        <strong>{label}</strong>: {granted ? "dato" : "non dato"}
      </span>
      <button type="submit" disabled={pending} className="rounded border border-brand px-3 py-1 font-semibold text-brand">
        {granted ? `Revoca: ${label}` : `Registra: ${label}`}
      </button>
      {state.status !== "idle" ? (
        <span role={state.status === "error" ? "alert" : "status"} className={state.status === "error" ? "font-semibold text-danger" : "font-semibold"}>
          {state.message}
        </span>
      ) : null}
    </form>
  );
}
