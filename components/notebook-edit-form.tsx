"use client";

import Link from "next/link";
import { msg } from "@/lib/i18n/translate";
import { useActionState } from "react";
import { editEntry } from "@/lib/notebook/actions";
import { IDLE } from "@/lib/http/form-state";
import type { NotebookItem } from "@/lib/notebook/types";
import { ErrorSummary } from "./ui/error-summary";
import { Field, inputClass } from "./ui/field";
import { FormMessage } from "./ui/form-message";
import { useT } from "./i18n-provider";

/** A note's title, text and labels, as they are now, to correct or complete them. */
export function NotebookEditForm({ entry }: { entry: NotebookItem }) {
  const t = useT();
  const [state, action, pending] = useActionState(editEntry, IDLE);
  const errors = state.fieldErrors ?? {};
  // After a refusal what was typed comes back; otherwise the note as stored.
  const values = state.status === "error" && state.values ? state.values : { title: entry.title, note: entry.note ?? "", labels: entry.labels.join(", ") };
  return (
    <form action={action} className="mt-4 grid gap-4" noValidate>
      <ErrorSummary title={msg("Controlla i dati inseriti")} errors={Object.entries(errors).map(([field, message]) => ({ field, message }))} />
      <input type="hidden" name="entryId" value={entry.id} />
      <Field id="title" label={t("Titolo")} error={errors.title}>
        {(describedBy, invalid) => <input id="title" name="title" maxLength={120} defaultValue={values.title ?? ""} className={inputClass} aria-describedby={describedBy} aria-invalid={invalid} />}
      </Field>
      <Field id="note" label={t("Nota (facoltativa)")} error={errors.note}>
        {(describedBy, invalid) => <textarea id="note" name="note" rows={6} maxLength={4000} defaultValue={values.note ?? ""} className={inputClass} aria-describedby={describedBy} aria-invalid={invalid} />}
      </Field>
      <Field id="labels" label={t("Etichette (facoltative)")} hint={t("Separale con una virgola, per esempio: pressione, cuore.")} error={errors.labels}>
        {(describedBy, invalid) => <input id="labels" name="labels" defaultValue={values.labels ?? ""} className={inputClass} aria-describedby={describedBy} aria-invalid={invalid} />}
      </Field>
      {Object.keys(errors).length ? null : <FormMessage state={state} />}
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" disabled={pending} className="rounded bg-brand px-5 py-2 font-semibold text-white hover:bg-brand-dark disabled:opacity-70">
          {pending ? t("Salvataggio in corso…") : t("Salva le modifiche")}
        </button>
        <Link href="/taccuino">{t("Torna al taccuino")}</Link>
      </div>
    </form>
  );
}
