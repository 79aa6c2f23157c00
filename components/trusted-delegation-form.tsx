"use client";

import { msg } from "@/lib/i18n/translate";
import { useActionState } from "react";
import { delegateTrustedPerson } from "@/lib/delegations/actions";
import { IDLE } from "@/lib/http/form-state";
import { DelegationScopeFields } from "./delegation-scope-fields";
import { ErrorSummary } from "./ui/error-summary";
import { Field, inputClass } from "./ui/field";
import { FormMessage } from "./ui/form-message";
import { useT } from "./i18n-provider";

type Props = { maxMonths: number; maxActive: number };

export function TrustedDelegationForm({ maxMonths, maxActive }: Props) {
  const t = useT();
  const [state, action, pending] = useActionState(delegateTrustedPerson, IDLE);
  const errors = state.fieldErrors ?? {};
  const values = state.status === "ok" ? {} : (state.values ?? {});
  return (
    <form action={action} className="mt-4 grid gap-4" noValidate>
      <ErrorSummary title={msg("Controlla i dati inseriti")} errors={Object.entries(errors).map(([field, message]) => ({ field: field === "scope" ? "scope-error" : field, message }))} />
      <Field id="delegateFiscalCode" label={t("Codice fiscale della persona di fiducia")} hint={t("Deve essere maggiorenne e iscritta al Servizio sanitario regionale.")} error={errors.delegateFiscalCode}>
        {(describedBy, invalid) => (
          <input id="delegateFiscalCode" name="delegateFiscalCode" defaultValue={values.delegateFiscalCode ?? ""} autoComplete="off" maxLength={16} className={`${inputClass} uppercase`} aria-describedby={describedBy} aria-invalid={invalid} />
        )}
      </Field>
      <Field id="endsAt" label={t("Valida fino al")} hint={t("Al massimo {months} mesi da oggi. Puoi terminarla prima quando vuoi.", { months: maxMonths })} error={errors.endsAt}>
        {(describedBy, invalid) => <input id="endsAt" name="endsAt" type="date" defaultValue={values.endsAt ?? ""} className={inputClass} aria-describedby={describedBy} aria-invalid={invalid} />}
      </Field>
      <DelegationScopeFields key={state.status === "ok" ? "reset" : "kept"} error={errors.scope} />
      <p className="text-sm text-muted">
        {t("La persona delegata non vedrà mai i documenti che hai oscurato né quelli a maggior tutela. Puoi avere al massimo {count} persone delegate.", { count: maxActive })}
      </p>
      {Object.keys(errors).length ? null : <FormMessage state={state} />}
      <button type="submit" disabled={pending} className="self-start rounded bg-brand px-5 py-2 font-semibold text-white hover:bg-brand-dark disabled:opacity-70">
        {pending ? t("Invio in corso…") : t("Invia la richiesta di delega")}
      </button>
    </form>
  );
}
