"use client";

import { useActionState, useState } from "react";
import { deskRegisterDelegation, type DeskState } from "@/lib/desk/actions";
import { DelegationScopeFields } from "./delegation-scope-fields";
import { Field, inputClass } from "./ui/field";

const initial: DeskState = { status: "idle", message: "" };

export function DeskDelegationForm({ sessionId }: { sessionId: string }) {
  const [state, action, pending] = useActionState(deskRegisterDelegation, initial);
  const [kind, setKind] = useState(state.values?.kind ?? "PARENT");
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} className="mt-3 grid gap-4" noValidate>
      <input type="hidden" name="sessionId" value={sessionId} />
      <Field id="delegateFiscalCode" label="Codice fiscale del delegato" error={errors.delegateFiscalCode}>
        {(describedBy, invalid) => (
          <input id="delegateFiscalCode" name="delegateFiscalCode" defaultValue={state.values?.delegateFiscalCode ?? ""} autoComplete="off" className={`${inputClass} uppercase`} aria-describedby={describedBy} aria-invalid={invalid} />
        )}
      </Field>
      <Field id="kind" label="Tipo di delega" error={errors.kind}>
        {(describedBy, invalid) => (
          // Uncontrolled, with the submitted choice as default: React resets forms after an action.
          <select
            id="kind"
            name="kind"
            key={state.values?.kind ?? "PARENT"}
            defaultValue={state.values?.kind ?? "PARENT"}
            onChange={(event) => setKind(event.target.value)}
            className={inputClass}
            aria-describedby={describedBy}
            aria-invalid={invalid}
          >
            <option value="PARENT">Genitore di un figlio minorenne</option>
            <option value="GUARDIAN">Tutore o amministratore di sostegno</option>
            <option value="TRUSTED">Persona di fiducia</option>
          </select>
        )}
      </Field>
      {kind === "GUARDIAN" ? (
        <Field id="courtDecree" label="Provvedimento del giudice (riferimento)" hint="Per esempio: Tribunale di Roma, decreto n. 123/2026." error={errors.courtDecree}>
          {(describedBy, invalid) => <input id="courtDecree" name="courtDecree" defaultValue={state.values?.courtDecree ?? ""} className={inputClass} aria-describedby={describedBy} aria-invalid={invalid} />}
        </Field>
      ) : null}
      {kind === "TRUSTED" ? (
        <>
          <Field id="endsAt" label="Valida fino al" hint="Al massimo 24 mesi da oggi." error={errors.endsAt}>
            {(describedBy, invalid) => <input id="endsAt" name="endsAt" type="date" defaultValue={state.values?.endsAt ?? ""} className={inputClass} aria-describedby={describedBy} aria-invalid={invalid} />}
          </Field>
          <DelegationScopeFields error={errors.scope} />
        </>
      ) : null}
      {state.status !== "idle" && !Object.keys(errors).length ? (
        <p role={state.status === "error" ? "alert" : "status"} className={state.status === "error" ? "font-semibold text-danger" : "font-semibold"}>
          {state.message}
        </p>
      ) : null}
      <button type="submit" disabled={pending} className="self-start rounded bg-brand px-5 py-2 font-semibold text-white disabled:opacity-70">
        {pending ? "Registrazione in corso…" : "Registra la delega"}
      </button>
    </form>
  );
}
