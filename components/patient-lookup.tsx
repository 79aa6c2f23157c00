"use client";

import { useActionState, useState } from "react";
import { openPatientRecord, type LookupState } from "@/lib/professional/actions";
import { Field, inputClass } from "./ui/field";

const initial: LookupState = { status: "idle", message: "" };

export function PatientLookup() {
  const [state, action, pending] = useActionState(openPatientRecord, initial);
  // The checkbox is uncontrolled on purpose: React resets a form after its action, and a reset puts each
  // input back to its default, so its default follows what was ticked (as the text fields' follow what was
  // typed) and a refused form comes back as it was sent.
  const [emergency, setEmergency] = useState(false);
  return (
    <form action={action} className="mt-6 flex max-w-xl flex-col gap-4 rounded border border-line bg-white p-5" noValidate>
      <Field id="fiscalCode" label="Codice fiscale dell'assistito" error={state.fieldErrors?.fiscalCode}>
        {(describedBy, invalid) => (
          <input id="fiscalCode" name="fiscalCode" defaultValue={state.values?.fiscalCode ?? ""} autoComplete="off" maxLength={22} className={`${inputClass} uppercase`} aria-describedby={describedBy} aria-invalid={invalid} required />
        )}
      </Field>
      <label className="flex items-start gap-2">
        <input type="checkbox" name="emergency" className="mt-1 h-5 w-5" defaultChecked={emergency} onChange={(event) => setEmergency(event.target.checked)} />
        <span>
          <strong>Accesso in emergenza</strong> (l&apos;assistito non può esprimersi e serve consultare subito il fascicolo)
        </span>
      </label>
      {emergency ? (
        <Field id="reason" label="Motivo dell'accesso in emergenza" hint="Sarà registrato e mostrato all'assistito." error={state.fieldErrors?.reason}>
          {(describedBy, invalid) => <textarea id="reason" name="reason" rows={3} defaultValue={state.values?.reason ?? ""} className={inputClass} aria-describedby={describedBy} aria-invalid={invalid} />}
        </Field>
      ) : null}
      {state.status === "denied" || (state.status === "error" && !state.fieldErrors) ? (
        <p role="alert" className="rounded border border-danger p-3 font-semibold text-danger">
          {state.message}
        </p>
      ) : null}
      <button type="submit" disabled={pending} className="self-start rounded bg-brand px-5 py-2 font-semibold text-white disabled:opacity-70">
        {pending ? "Verifica in corso…" : emergency ? "Accedi in emergenza" : "Consulta il fascicolo"}
      </button>
    </form>
  );
}
