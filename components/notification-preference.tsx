"use client";

import { useActionState } from "react";
import { changeNotificationPreference, type PreferenceState } from "@/lib/notifications/actions";
import { Translated, useT } from "./i18n-provider";

const initial: PreferenceState = { status: "idle", message: "" };

export function NotificationPreference({ enabled, hasEmail }: { enabled: boolean; hasEmail: boolean }) {
  const t = useT();
  const [state, action, pending] = useActionState(changeNotificationPreference, initial);
  return (
    <form action={action} className="mt-4 rounded border border-line bg-white p-4">
      <p className="font-semibold">{enabled ? t("Le notifiche sono attive.") : t("Le notifiche per e-mail e SMS sono disattivate.")}</p>
      <p className="mt-1 text-sm text-muted">
        {!enabled
          ? t("Gli avvisi restano qui nel portale, nella pagina «Notifiche»; non ti mandiamo e-mail né SMS. Gli avvisi non contengono dati sanitari.")
          : hasEmail
          ? t("Ti avvisiamo qui e per e-mail di accessi in emergenza, nuove deleghe e cambi di consenso. Gli avvisi non contengono dati sanitari.")
          : t("Ti avvisiamo qui di accessi in emergenza, nuove deleghe e cambi di consenso. Gli avvisi non contengono dati sanitari.")}
      </p>
      <input type="hidden" name="enabled" value={enabled ? "false" : "true"} />
      {state.status !== "idle" ? (
        <p role={state.status === "error" ? "alert" : "status"} className="mt-2 font-semibold">
          <Translated text={state.message} />
        </p>
      ) : null}
      <button type="submit" disabled={pending} className="mt-3 rounded border border-brand px-4 py-2 font-semibold text-brand">
        {enabled ? t("Disattiva le notifiche") : t("Attiva le notifiche")}
      </button>
    </form>
  );
}
