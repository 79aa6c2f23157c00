"use client";

import Link from "next/link";
import { useActionState, useId } from "react";
import { changeVisibility, type VisibilityState } from "@/lib/documents/actions";
import { useT } from "./i18n-provider";

type Props = { documentId: string; obscuredByCitizen: boolean; obscuredAtSource: boolean };

const initial: VisibilityState = { status: "idle", message: "" };

export function DocumentVisibility({ documentId, obscuredByCitizen, obscuredAtSource }: Props) {
  const t = useT();
  const [state, action, pending] = useActionState(changeVisibility, initial);
  const id = useId();
  if (obscuredAtSource) {
    return (
      <p className="mt-3 rounded border border-line bg-warning-bg p-3">
        {t(
          "Questo documento è oscurato su tua richiesta presso la struttura che l'ha prodotto: lo vedi solo tu e i professionisti non sanno che esiste. Per renderlo visibile rivolgiti alla struttura o a un Punto Assistiti Salute.",
        )}
      </p>
    );
  }
  const obscure = !obscuredByCitizen;
  return (
    <div className="mt-3">
      {obscuredByCitizen ? (
        <p className="rounded border border-line bg-warning-bg p-3">{t("Hai oscurato questo documento: lo vedi solo tu. I professionisti sanitari non sanno che esiste.")}</p>
      ) : null}
      {state.status === "ok" ? (
        <p role="status" className="mt-3 font-semibold text-[#1a6e2e]">
          {t(state.message)}
        </p>
      ) : null}
      {/* Remounted, hence folded, whenever the document's visibility flips. */}
      <details key={String(obscuredByCitizen)} className="mt-3 rounded border border-line bg-white">
        <summary className="cursor-pointer px-4 py-3 font-semibold text-brand">{obscure ? t("Oscura questo documento") : t("Rendi di nuovo visibile")}</summary>
        <form action={action} className="flex flex-col gap-3 border-t border-line p-4">
          <input type="hidden" name="documentId" value={documentId} />
          <input type="hidden" name="obscure" value={obscure ? "true" : "false"} />
          {obscure ? (
            <>
              <p>
                {t(
                  "Un documento oscurato resta nel tuo fascicolo e lo vedi solo tu: i professionisti, i delegati e gli operatori non sanno che esiste. Puoi renderlo di nuovo visibile quando vuoi.",
                )}
              </p>
              <p className="rounded bg-warning-bg p-3 text-sm">
                {t(
                  "Attenzione: le informazioni di questo documento potrebbero essere già riportate nel tuo Profilo Sanitario Sintetico, che puoi oscurare separatamente.",
                )}
              </p>
            </>
          ) : (
            <p>{t("Il documento tornerà visibile ai professionisti che possono consultare il tuo fascicolo. Ti chiederemo di confermare la tua identità.")}</p>
          )}
          <label className="flex items-start gap-2">
            <input type="checkbox" name="confirm" className="mt-1 h-5 w-5" aria-describedby={state.status === "error" ? `${id}-error` : undefined} />
            <span>{obscure ? t("Voglio oscurare questo documento") : t("Voglio rendere di nuovo visibile questo documento")}</span>
          </label>
          {state.status === "error" ? (
            <p id={`${id}-error`} role="alert" className="font-semibold text-danger">
              {t(state.message)}
            </p>
          ) : null}
          {state.status === "reauth" ? (
            <div role="alert" className="rounded border border-brand p-3">
              <p>{t(state.message)}</p>
              <Link
                href={`/accedi?riautenticazione=1&callbackUrl=${encodeURIComponent(`/documenti/${documentId}`)}`}
                className="mt-2 inline-block rounded border border-brand px-4 py-2 font-semibold"
              >
                {t("Accedi di nuovo")}
              </Link>
            </div>
          ) : null}
          <button type="submit" disabled={pending} className="self-start rounded bg-brand px-5 py-2 font-semibold text-white disabled:opacity-70">
            {pending ? t("Registrazione in corso…") : obscure ? t("Oscura il documento") : t("Rendi visibile")}
          </button>
        </form>
      </details>
    </div>
  );
}
