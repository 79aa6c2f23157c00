"use client";

import { useActionState, useId } from "react";
import { changeConsent, type ConsentActionState } from "@/lib/consents/actions";
import type { ConsentStatus } from "@/lib/consents/types";
import { SHOWN_SUBJECT_FIELD } from "@/lib/delegations/shown-subject";
import { useT } from "./i18n-provider";

/** The texts come translated from the page; `subjectId` is the person whose consents the page shows. */
type Props = { subjectId: string; status: ConsentStatus; title: string; explanation: string; ifGranted: string; ifRevoked: string; sinceLabel: string | null };

const initial: ConsentActionState = { status: "idle", message: "" };

export function ConsentCard({ subjectId, status, title, explanation, ifGranted, ifRevoked, sinceLabel }: Props) {
  const t = useT();
  const [state, action, pending] = useActionState(changeConsent, initial);
  const id = useId();
  const granting = !status.granted;
  return (
    <section aria-labelledby={`${id}-title`} className="rounded border border-line bg-white p-5">
      <h2 id={`${id}-title`} className="text-xl font-semibold">
        {title}
      </h2>
      <p className="mt-2">{explanation}</p>
      <p className="mt-3 font-semibold" data-testid={`stato-${status.kind}`}>
        {status.granted ? t("Stato: consenso dato") : status.since ? t("Stato: consenso revocato") : t("Stato: consenso non espresso")}
        {sinceLabel ? <span className="font-normal text-muted"> ({sinceLabel})</span> : null}
      </p>
      <form action={action} className="mt-4 flex flex-col gap-3">
        <input type="hidden" name={SHOWN_SUBJECT_FIELD} value={subjectId} />
        <input type="hidden" name="kind" value={status.kind} />
        <input type="hidden" name="granted" value={granting ? "true" : "false"} />
        <p className="rounded bg-surface p-3 text-sm">{granting ? ifGranted : ifRevoked}</p>
        <label className="flex items-start gap-2">
          <input type="checkbox" name="confirm" className="mt-1 h-5 w-5" aria-describedby={state.status === "error" ? `${id}-error` : undefined} />
          <span>{granting ? t("Ho letto e voglio dare questo consenso") : t("Ho letto e voglio revocare questo consenso")}</span>
        </label>
        {state.status === "error" ? (
          <p id={`${id}-error`} role="alert" className="font-semibold text-danger">
            {t(state.message)}
          </p>
        ) : null}
        {state.status === "ok" ? (
          <p role="status" className="font-semibold text-[#1a6e2e]">
            {t(state.message)}
          </p>
        ) : null}
        <button
          type="submit"
          disabled={pending}
          className={`self-start rounded px-5 py-2 font-semibold text-white disabled:opacity-70 ${granting ? "bg-brand hover:bg-brand-dark" : "bg-danger hover:bg-[#7d1212]"}`}
        >
          {pending ? t("Registrazione in corso…") : granting ? t("Dai il consenso") : t("Revoca il consenso")}
        </button>
      </form>
    </section>
  );
}
