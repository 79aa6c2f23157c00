"use client";

import { msg } from "@/lib/i18n/translate";
import { useRouter } from "next/navigation";
import { useActionState, useState, type FormEvent } from "react";
import { addEntry } from "@/lib/notebook/actions";
import { IDLE, typedValues, type FormState } from "@/lib/http/form-state";
import { ErrorSummary } from "./ui/error-summary";
import { Field, inputClass } from "./ui/field";
import { FormMessage } from "./ui/form-message";
import { useT } from "./i18n-provider";

/** Sends the form with its file and reports how much has gone; resolves with the action's answer. */
function upload(form: FormData, onProgress: (fraction: number) => void): Promise<FormState> {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open("POST", "/taccuino/voci");
    request.responseType = "json";
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    const failed: FormState = { status: "error", message: msg("Invio non riuscito: controlla la connessione e riprova. La nota non è stata salvata."), values: typedValues(form) };
    request.onload = () => resolve(request.response && typeof request.response === "object" && "status" in request.response ? (request.response as FormState) : failed);
    request.onerror = () => resolve(failed);
    request.send(form);
  });
}

/**
 * A new note, optionally with a PDF or a photo, and whether professionals may see it. A file too large is
 * refused here, before anything is sent; a file that fits travels with a progress bar. Without scripts the
 * form goes to the same action, which checks everything again.
 */
export function NotebookForm({ maxMb }: { maxMb: number }) {
  const t = useT();
  const router = useRouter();
  const [actionState, action, pending] = useActionState(addEntry, IDLE);
  // The answer of the last upload with a file, or of a check made here; null when the action answered last.
  const [local, setLocal] = useState<FormState | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [round, setRound] = useState(0);
  const state = local ?? actionState;
  const errors = state.fieldErrors ?? {};
  const values = state.status === "ok" ? {} : (state.values ?? {});
  const sending = pending || progress !== null;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    setLocal(null);
    const form = new FormData(event.currentTarget);
    const file = form.get("file");
    if (!(file instanceof File) || file.size === 0) return; // No file: the server action takes it.
    event.preventDefault();
    if (file.size > maxMb * 1024 * 1024) {
      setLocal({
        status: "error",
        message: msg("Controlla i dati inseriti."),
        fieldErrors: { file: t("Il file è troppo grande: pesa {size}, al massimo {max} MB. Scegline uno più piccolo, per esempio una foto a risoluzione più bassa.", { size: t.fileSize(file.size), max: t.number(maxMb) }) },
        values: typedValues(form),
      });
      return;
    }
    setProgress(0);
    void upload(form, setProgress).then((answer) => {
      setProgress(null);
      setLocal(answer);
      if (answer.status === "ok") {
        setRound((value) => value + 1);
        router.refresh();
      }
    });
  }

  return (
    <form action={action} onSubmit={onSubmit} key={`${round}-${state.status === "ok" ? "saved" : "editing"}`} className="mt-4 grid gap-4" noValidate>
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
      {progress !== null ? (
        <div className="grid gap-1">
          <label htmlFor="upload-progress" className="font-semibold">
            {t("Invio del file: {percent}%", { percent: Math.round(progress * 100) })}
          </label>
          <progress id="upload-progress" max={1} value={progress} className="h-3 w-full max-w-md" />
          <p role="status" className="sr-only">
            {t("Invio del file in corso.")}
          </p>
        </div>
      ) : null}
      {Object.keys(errors).length ? null : <FormMessage state={state} />}
      <button type="submit" disabled={sending} className="self-start rounded bg-brand px-5 py-2 font-semibold text-white hover:bg-brand-dark disabled:opacity-70">
        {sending ? t("Salvataggio in corso…") : t("Aggiungi al taccuino")}
      </button>
    </form>
  );
}
