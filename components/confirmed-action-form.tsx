"use client";

import { useActionState, useState } from "react";
import { useOutcomeReporter } from "./action-outcome";
import { IDLE, type FormState } from "@/lib/http/form-state";
import { useT } from "./i18n-provider";
import { FormMessage } from "./ui/form-message";

type Props = {
  action: (previous: FormState, form: FormData) => Promise<FormState>;
  fields: Record<string, string>;
  /** Given translated, like `confirmQuestion` and `srContext`. */
  label: string;
  /** When set, the action runs only after this question is answered yes. */
  confirmQuestion?: string;
  tone?: "primary" | "danger" | "plain";
  /** Read by screen readers after the label, so that equal buttons in a list are told apart. */
  srContext?: string;
};

const TONES = {
  primary: "bg-brand text-white hover:bg-brand-dark",
  danger: "bg-danger text-white hover:bg-[#7d1212]",
  plain: "border border-ink bg-white",
};

/** One button that runs a server action, after an explicit confirmation when the step is hard to undo. */
export function ConfirmedActionForm({ action, fields, label, confirmQuestion, tone = "primary", srContext }: Props) {
  const t = useT();
  const context = srContext ? <span className="sr-only"> {srContext}</span> : null;
  const report = useOutcomeReporter();
  const [state, run, pending] = useActionState(async (previous: FormState, form: FormData) => {
    const outcome = await action(previous, form);
    // Reported from here, not from an effect: on success this form is usually gone before effects run.
    if (report && outcome.status === "ok") report(outcome);
    return outcome;
  }, IDLE);
  const [asking, setAsking] = useState(false);
  const hidden = Object.entries(fields).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />);
  if (state.status === "ok") return report ? null : <FormMessage state={state} />;
  return (
    <form action={run} className="flex flex-col gap-2">
      {hidden}
      {confirmQuestion && asking ? (
        <div className="flex flex-wrap items-center gap-3 rounded border border-line bg-surface p-3">
          <p className="font-semibold">{confirmQuestion}</p>
          <button type="submit" disabled={pending} className={`rounded px-4 py-2 font-semibold disabled:opacity-70 ${TONES[tone]}`}>
            {pending ? t("Un momento…") : t("Sì, {action}", { action: label.toLowerCase() })}
          </button>
          <button type="button" onClick={() => setAsking(false)} className="rounded border border-ink bg-white px-4 py-2 font-semibold">
            {t("Annulla")}
          </button>
        </div>
      ) : confirmQuestion ? (
        <button type="button" onClick={() => setAsking(true)} className={`self-start rounded px-4 py-2 font-semibold ${TONES[tone]}`}>
          {label}
          {context}
        </button>
      ) : (
        <button type="submit" disabled={pending} className={`self-start rounded px-4 py-2 font-semibold disabled:opacity-70 ${TONES[tone]}`}>
          {pending ? t("Un momento…") : label}
          {context}
        </button>
      )}
      <FormMessage state={state} />
    </form>
  );
}
