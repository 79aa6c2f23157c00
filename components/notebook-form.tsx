"use client";

import { msg } from "@/lib/i18n/translate";
import { useActionState } from "react";
import { addEntry } from "@/lib/notebook/actions";
import { IDLE } from "@/lib/http/form-state";
import { ErrorSummary } from "./ui/error-summary";
import { Field, inputClass } from "./ui/field";
import { FormMessage } from "./ui/form-message";
import { useT } from "./i18n-provider";

/** A new note, optionally with a PDF or a photo, and whether professionals may see it. */
export function NotebookForm({ maxMb }: { maxMb: number }) {
  const t = useT();
  const [state, action, pending] = useActionState(addEntry, IDLE);
  const errors = state.fieldErrors ?? {};
  const values = state.status === "ok" ? {} : (state.values ?? {});
  return (
    <form action={action} key={state.status === "ok" ? "saved" : "editing"} className="mt-4 grid gap-4" noValidate>
      <ErrorSummary title={msg("Controlla i dati inseriti")} errors={Object.entries(errors).map(([field, message]) => ({ field, message }))} />
      <Field id="title" label={t("Titolo")} error={errors.title}>
        {(describedBy, invalid) => <input id="title" name="title" maxLength={120} defaultValue={values.title ?? ""} className={inputClass} aria-describedby={describedBy} aria-invalid={invalid} />}
      </Field>
      <Field id="note" label={t("Nota (facoltativa)")} error={errors.note}>
        {(describedBy, invalid) => <textarea id="note" name="note" rows={4} maxLength={4000} defaultValue={values.note ?? ""} className={inputClass} aria-describedby={describedBy} aria-invalid={invalid} />}
      </Field>
      <Field id="labels" label={t("Etichette (facoltative)")} hint={t("Separale con una virgola, per esempio: pressione, cuore.")} error={errors.labels}>
        {(describedBy, invalid) => <input id="labels" name="labels" defaultValue={values.labels ?? ""} className={inputClass} aria-describedby={describedBy} aria-invalid={invalid} />}
      </Field>
      <Field id="file" label={t("File (facoltativo)")} hint={t("PDF, JPEG o PNG, al massimo {size} MB. Viene conservato cifrato.", { size: t.number(maxMb) })} error={errors.file}>
        {(describedBy, invalid) => <input id="file" name="file" type="file" accept="application/pdf,image/jpeg,image/png" className={inputClass} aria-describedby={describedBy} aria-invalid={invalid} />}
      </Field>
      <label className="flex items-start gap-2">
        <input type="checkbox" name="shared" defaultChecked={values.shared === "on"} className="mt-1 h-5 w-5 shrink-0" />
        <span>{t("I professionisti sanitari che possono consultare il mio fascicolo possono vedere questa nota")}</span>
      </label>
      {Object.keys(errors).length ? null : <FormMessage state={state} />}
      <button type="submit" disabled={pending} className="self-start rounded bg-brand px-5 py-2 font-semibold text-white hover:bg-brand-dark disabled:opacity-70">
        {pending ? t("Salvataggio in corso…") : t("Aggiungi al taccuino")}
      </button>
    </form>
  );
}
