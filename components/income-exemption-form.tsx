"use client";

import { msg } from "@/lib/i18n/translate";
import { useActionState, useEffect, useRef, useState } from "react";
import { declareExemption } from "@/lib/exemptions/actions";
import { INCOME_CODES } from "@/lib/exemptions/labels";
import { IDLE, type FormState } from "@/lib/http/form-state";
import { useOutcomeReporter } from "./action-outcome";
import { ErrorSummary } from "./ui/error-summary";
import { Field, inputClass } from "./ui/field";
import { FormMessage } from "./ui/form-message";
import { RadioGroup } from "./ui/radio-group";
import { useT } from "./i18n-provider";

type Code = keyof typeof INCOME_CODES;

type Props = {
  incomeYear: number;
  declaration: string;
  /** The codes worth offering this record (the age in the record rules some out). */
  codes: Code[];
  /** Why the other codes are not offered, already in the reader's words. */
  withheld: string[];
};

/** The self-certification of an income exemption: only the codes that may apply, only the questions of the chosen one. */
export function IncomeExemptionForm({ incomeYear, declaration, codes, withheld }: Props) {
  const t = useT();
  const YES_NO = [
    { value: "si", label: t("Sì") },
    { value: "no", label: t("No") },
  ];
  // A success is told by the page's one outcome message, like a revocation's: a later outcome then
  // replaces it, instead of an old "registrata" staying beside a "revocata".
  const report = useOutcomeReporter();
  const [state, action, pending] = useActionState(async (previous: FormState, form: FormData) => {
    const outcome = await declareExemption(previous, form);
    if (report && outcome.status === "ok") report(outcome);
    return outcome;
  }, IDLE);
  const values = state.status === "ok" ? {} : (state.values ?? {});
  const [code, setCode] = useState<Code | undefined>(values.code as Code | undefined);
  const [beneficiary, setBeneficiary] = useState(values.beneficiary);
  // Errors and a refusal belong to the code they were about: choosing another code clears them.
  const stale = state.status !== "ok" && code !== (values.code as Code | undefined);
  const errors = stale ? {} : (state.fieldErrors ?? {});
  const details = stale ? undefined : state.details;
  const refusal = useRef<HTMLDivElement>(null);
  // A refusal is shown above the form: focus takes the reader there, as for the error summary.
  useEffect(() => {
    if (state.details) refusal.current?.focus();
  }, [state]);
  const asksIncome = code === "E01" || code === "E02" || code === "E04";
  const asksHousehold = code === "E02" || code === "E04";
  return (
    <form action={action} key={state.status === "ok" ? "sent" : "editing"} className="mt-4 grid gap-5" noValidate>
      <ErrorSummary title={msg("Controlla i dati inseriti")} errors={Object.entries(errors).map(([field, message]) => ({ field, message }))} />
      {details ? (
        <div ref={refusal} tabIndex={-1} role="alert" className="rounded border-2 border-danger bg-white p-4">
          <p className="font-semibold text-danger">{t(state.message)}</p>
          <ul className="mt-2 list-disc pl-6">
            {details.map((reason) => (
              <li key={reason}>{t(reason)}</li>
            ))}
          </ul>
          <p className="mt-2 text-sm">{t("Nessuna esenzione è stata registrata. Se pensi che ti spetti, rivolgiti alla tua ASL.")}</p>
        </div>
      ) : null}
      <RadioGroup
        name="code"
        legend={t("Quale esenzione")}
        value={code}
        onChange={(value) => setCode(value as Code)}
        error={errors.code}
        options={codes.map((value) => ({ value, label: `${value} - ${t(INCOME_CODES[value])}` }))}
      />
      {withheld.length > 0 ? (
        <ul className="-mt-2 grid gap-1 text-sm text-muted">
          {withheld.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      ) : null}
      {code && code !== "E01" ? (
        <RadioGroup
          name="beneficiary"
          legend={t("Per chi la chiedi")}
          value={beneficiary}
          onChange={setBeneficiary}
          error={errors.beneficiary}
          options={[
            { value: "HOLDER", label: code === "E02" ? t("Per la persona disoccupata") : t("Per il titolare della prestazione") },
            { value: "DEPENDANT", label: t("Per un familiare a carico"), hint: t("Per esempio il coniuge o un figlio a carico del titolare.") },
          ]}
        />
      ) : null}
      {code === "E02" ? <RadioGroup name="unemployedAfterWork" legend={t("La persona è disoccupata dopo aver avuto un lavoro?")} value={values.unemployedAfterWork} error={errors.unemployedAfterWork} options={YES_NO} /> : null}
      {code === "E03" ? <RadioGroup name="socialAllowance" legend={t("Il titolare riceve l'assegno sociale (ex pensione sociale)?")} value={values.socialAllowance} error={errors.socialAllowance} options={YES_NO} /> : null}
      {code === "E04" ? <RadioGroup name="minimumPension" legend={t("Il titolare riceve la pensione al minimo?")} value={values.minimumPension} error={errors.minimumPension} options={YES_NO} /> : null}
      {code === "E04" && beneficiary === "DEPENDANT" ? (
        <RadioGroup name="holderAged60" legend={t("Il titolare della pensione ha almeno 60 anni?")} value={values.holderAged60} error={errors.holderAged60} options={YES_NO} />
      ) : null}
      {asksIncome ? (
        <Field id="householdIncome" label={t("Reddito complessivo del nucleo familiare fiscale nel {year}", { year: String(incomeYear) })} hint={t("In euro, come risulta dalle dichiarazioni dei redditi. Per esempio 8.263,31.")} error={errors.householdIncome}>
          {(describedBy, invalid) => (
            <input id="householdIncome" name="householdIncome" inputMode="decimal" autoComplete="off" defaultValue={values.householdIncome ?? ""} className={`${inputClass} max-w-xs`} aria-describedby={describedBy} aria-invalid={invalid} />
          )}
        </Field>
      ) : null}
      {asksHousehold ? (
        <>
          <RadioGroup name="spouse" legend={t("Nel nucleo familiare fiscale c'è il coniuge?")} value={values.spouse} error={errors.spouse} options={YES_NO} />
          <Field id="dependentChildren" label={t("Figli a carico")} hint={t("0 se nessuno.")} error={errors.dependentChildren}>
            {(describedBy, invalid) => (
              <input id="dependentChildren" name="dependentChildren" type="number" min={0} max={20} inputMode="numeric" defaultValue={values.dependentChildren ?? "0"} className={`${inputClass} max-w-[8rem]`} aria-describedby={describedBy} aria-invalid={invalid} />
            )}
          </Field>
        </>
      ) : null}
      {code ? (
        <div className="flex flex-col gap-1">
          {errors.truthful ? (
            <span id="truthful-error" className="text-sm font-semibold text-danger">
              {t(errors.truthful)}
            </span>
          ) : null}
          <label className="flex items-start gap-2 rounded bg-surface p-3">
            <input id="truthful" type="checkbox" name="truthful" className="mt-1 h-5 w-5 shrink-0" aria-describedby={errors.truthful ? "truthful-error" : undefined} aria-invalid={Boolean(errors.truthful)} />
            <span>{t(declaration)}</span>
          </label>
        </div>
      ) : null}
      {details || stale || (report && state.status === "ok") ? null : <FormMessage state={state} />}
      <button type="submit" disabled={pending} className="self-start rounded bg-brand px-5 py-2 font-semibold text-white hover:bg-brand-dark disabled:opacity-70">
        {pending ? t("Invio in corso…") : t("Invia l'autocertificazione")}
      </button>
    </form>
  );
}
