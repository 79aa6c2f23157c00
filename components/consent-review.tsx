"use client";

import { useActionState } from "react";
import { confirmConsentsAtMajority, type ConsentActionState } from "@/lib/consents/actions";
import { SHOWN_SUBJECT_FIELD } from "@/lib/delegations/shown-subject";
import { useT } from "./i18n-provider";

const initial: ConsentActionState = { status: "idle", message: "" };

export function ConsentReview({ subjectId }: { subjectId: string }) {
  const t = useT();
  const [state, action, pending] = useActionState(confirmConsentsAtMajority, initial);
  if (state.status === "ok") {
    return (
      <p role="status" className="mt-4 rounded border border-line bg-white p-4 font-semibold">
        {t(state.message)}
      </p>
    );
  }
  return (
    <section aria-labelledby="revisione" className="mt-4 rounded border-2 border-brand bg-white p-5">
      <h2 id="revisione" className="text-xl font-semibold">
        {t("Sei maggiorenne: rivedi le scelte fatte dai tuoi genitori")}
      </h2>
      <p className="mt-2">
        {t(
          "Finora i consensi del tuo fascicolo sono stati decisi dai tuoi genitori o dal tutore. Ora decidi tu: controlla le scelte qui sotto, cambia quelle che non condividi e conferma le altre.",
        )}
      </p>
      <form action={action} className="mt-4 flex flex-col gap-3">
        <input type="hidden" name={SHOWN_SUBJECT_FIELD} value={subjectId} />
        <label className="flex items-start gap-2">
          <input type="checkbox" name="confirm" className="mt-1 h-5 w-5" />
          <span>{t("Confermo come mie le scelte attuali")}</span>
        </label>
        {state.status === "error" ? (
          <p role="alert" className="font-semibold text-danger">
            {t(state.message)}
          </p>
        ) : null}
        <button type="submit" disabled={pending} className="self-start rounded bg-brand px-5 py-2 font-semibold text-white">
          {pending ? t("Registrazione in corso…") : t("Conferma le scelte attuali")}
        </button>
      </form>
    </section>
  );
}
