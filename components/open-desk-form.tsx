"use client";

import { useActionState } from "react";
import { openDesk, type DeskState } from "@/lib/desk/actions";
import { Field, inputClass } from "./ui/field";

const initial: DeskState = { status: "idle", message: "" };
const DOCUMENTS = { CIE: "Carta d'identità elettronica", CARTA_IDENTITA: "Carta d'identità cartacea", PASSAPORTO: "Passaporto", PATENTE: "Patente di guida" };

export function OpenDeskForm() {
  const [state, action, pending] = useActionState(openDesk, initial);
  return (
    <form action={action} className="mt-6 grid max-w-xl gap-4 rounded border border-line bg-white p-5" noValidate>
      <Field id="fiscalCode" label="Codice fiscale dell'assistito allo sportello" error={state.fieldErrors?.fiscalCode}>
        {(describedBy, invalid) => <input id="fiscalCode" name="fiscalCode" defaultValue={state.values?.fiscalCode ?? ""} autoComplete="off" className={`${inputClass} uppercase`} aria-describedby={describedBy} aria-invalid={invalid} />}
      </Field>
      <Field id="documentType" label="Documento di identità controllato" error={state.fieldErrors?.documentType}>
        {(describedBy, invalid) => (
          <select id="documentType" name="documentType" key={state.values?.documentType ?? ""} defaultValue={state.values?.documentType ?? ""} className={inputClass} aria-describedby={describedBy} aria-invalid={invalid}>
            <option value="" disabled>
              Scegli il documento
            </option>
            {Object.entries(DOCUMENTS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="documentNumber" label="Numero del documento" hint="Se ne conservano solo le ultime quattro cifre." error={state.fieldErrors?.documentNumber}>
        {(describedBy, invalid) => <input id="documentNumber" name="documentNumber" defaultValue={state.values?.documentNumber ?? ""} autoComplete="off" className={`${inputClass} uppercase`} aria-describedby={describedBy} aria-invalid={invalid} />}
      </Field>
      {state.status === "error" && state.message && !Object.keys(state.fieldErrors ?? {}).length ? (
        <p role="alert" className="font-semibold text-danger">
          {state.message}
        </p>
      ) : null}
      <button type="submit" disabled={pending} className="self-start rounded bg-brand px-5 py-2 font-semibold text-white disabled:opacity-70">
        {pending ? "Apertura in corso…" : "Apri la sessione di sportello"}
      </button>
    </form>
  );
}
