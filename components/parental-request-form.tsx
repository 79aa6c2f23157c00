"use client";

import { msg } from "@/lib/i18n/translate";
import { useActionState } from "react";
import { requestChildAccess } from "@/lib/delegations/actions";
import { IDLE } from "@/lib/http/form-state";
import { ErrorSummary } from "./ui/error-summary";
import { Field, inputClass } from "./ui/field";
import { FormMessage } from "./ui/form-message";
import { useT } from "./i18n-provider";

export function ParentalRequestForm({ declaration }: { declaration: string }) {
  const t = useT();
  const [state, action, pending] = useActionState(requestChildAccess, IDLE);
  const errors = state.fieldErrors ?? {};
  const values = state.status === "ok" ? {} : (state.values ?? {});
  return (
    <form action={action} className="mt-4 grid gap-4" noValidate>
      <ErrorSummary title={msg("Controlla i dati inseriti")} errors={Object.entries(errors).map(([field, message]) => ({ field, message }))} />
      <Field id="childFiscalCode" label={t("Codice fiscale del figlio minorenne")} error={errors.childFiscalCode}>
        {(describedBy, invalid) => (
          <input id="childFiscalCode" name="childFiscalCode" defaultValue={values.childFiscalCode ?? ""} autoComplete="off" maxLength={16} className={`${inputClass} uppercase`} aria-describedby={describedBy} aria-invalid={invalid} />
        )}
      </Field>
      <div className="flex flex-col gap-1">
        <p className="font-semibold">{t("Autocertificazione")}</p>
        {errors.declaration ? (
          <span id="declaration-error" className="text-sm font-semibold text-danger">
            {t(errors.declaration)}
          </span>
        ) : null}
        <label className="flex items-start gap-2 rounded bg-surface p-3">
          <input id="declaration" type="checkbox" name="declaration" key={state.status} defaultChecked={values.declaration === "on"} className="mt-1 h-5 w-5 shrink-0" aria-describedby={errors.declaration ? "declaration-error" : undefined} aria-invalid={Boolean(errors.declaration)} />
          <span>{t(declaration)}</span>
        </label>
      </div>
      {Object.keys(errors).length ? null : <FormMessage state={state} />}
      <button type="submit" disabled={pending} className="self-start rounded bg-brand px-5 py-2 font-semibold text-white hover:bg-brand-dark disabled:opacity-70">
        {pending ? t("Invio in corso…") : t("Invia la richiesta")}
      </button>
    </form>
  );
}
