"use client";

import { useActionState } from "react";
import { IDLE } from "@/lib/http/form-state";
import { confirmCode, dropContact, requestCode } from "@/lib/profile/actions";
import type { ProfileView } from "@/lib/profile/types";
import { msg } from "@/lib/i18n/translate";
import { ConfirmedActionForm } from "./confirmed-action-form";
import { useT } from "./i18n-provider";
import { Field, inputClass } from "./ui/field";
import { FormMessage } from "./ui/form-message";

const CHANNELS = {
  EMAIL: { label: msg("Indirizzo e-mail"), change: msg("Cambia indirizzo e-mail"), add: msg("Aggiungi indirizzo e-mail"), remove: msg("Togli indirizzo e-mail"), input: "email", autoComplete: "email", inputMode: "email", current: (p: ProfileView) => p.email, verified: (p: ProfileView) => p.emailVerified },
  SMS: { label: msg("Numero di cellulare"), change: msg("Cambia numero di cellulare"), add: msg("Aggiungi numero di cellulare"), remove: msg("Togli numero di cellulare"), input: "tel", autoComplete: "tel", inputMode: "tel", current: (p: ProfileView) => p.phone, verified: (p: ProfileView) => p.phoneVerified },
} as const;

/** One contact: what is on file, a field to change it, and the code to confirm a new one. */
function ContactForm({ channel, profile }: { channel: "EMAIL" | "SMS"; profile: ProfileView }) {
  const t = useT();
  const spec = CHANNELS[channel];
  const [requested, request, requesting] = useActionState(requestCode, IDLE);
  const [confirmed, confirm, confirming] = useActionState(confirmCode, IDLE);
  const fieldId = `contatto-${channel}`;
  const codeId = `codice-${channel}`;
  const current = spec.current(profile);
  const pending = profile.pending?.channel === channel && confirmed.status !== "ok" ? profile.pending : null;
  return (
    <div className="grid gap-3 border-t border-line pt-4">
      <p>
        <span className="font-semibold">{t(spec.label)}: </span>
        {current ? `${current} ${spec.verified(profile) ? t("(confermato)") : t("(da confermare)")}` : t("non indicato")}
      </p>
      <form action={request} className="grid gap-2" noValidate>
        <input type="hidden" name="channel" value={channel} />
        <Field id={fieldId} label={current ? t(spec.change) : t(spec.add)} error={requested.fieldErrors?.target}>
          {(describedBy, invalid) => (
            <input id={fieldId} name="target" type={spec.input} autoComplete={spec.autoComplete} inputMode={spec.inputMode} defaultValue={requested.values?.target ?? ""} className={`${inputClass} max-w-md`} aria-describedby={describedBy} aria-invalid={invalid} />
          )}
        </Field>
        {requested.fieldErrors ? null : <FormMessage state={requested} />}
        <button type="submit" disabled={requesting} className="self-start rounded border border-brand bg-white px-4 py-2 font-semibold text-brand disabled:opacity-70">
          {requesting ? t("Invio del codice…") : t("Invia il codice di conferma")}
        </button>
      </form>
      {pending ? (
        <form action={confirm} className="grid gap-2 rounded bg-surface p-3" noValidate>
          <input type="hidden" name="verificationId" value={pending.id} />
          <Field id={codeId} label={t("Codice ricevuto su {target}", { target: pending.target })} hint={t("6 cifre, valido 10 minuti.")} error={confirmed.fieldErrors?.code}>
            {(describedBy, invalid) => (
              <input id={codeId} name="code" inputMode="numeric" autoComplete="one-time-code" maxLength={6} className={`${inputClass} max-w-[10rem] font-mono`} aria-describedby={describedBy} aria-invalid={invalid} />
            )}
          </Field>
          <button type="submit" disabled={confirming} className="self-start rounded bg-brand px-4 py-2 font-semibold text-white disabled:opacity-70">
            {confirming ? t("Verifica…") : t("Conferma")}
          </button>
        </form>
      ) : null}
      {confirmed.status === "ok" ? <FormMessage state={confirmed} /> : null}
      {current ? <ConfirmedActionForm action={dropContact} fields={{ channel }} label={t(spec.remove)} tone="plain" confirmQuestion={t("Non riceverai più notifiche qui. Confermi?")} /> : null}
    </div>
  );
}

export function ContactForms({ profile }: { profile: ProfileView }) {
  return (
    <div className="grid gap-4">
      <ContactForm channel="EMAIL" profile={profile} />
      <ContactForm channel="SMS" profile={profile} />
    </div>
  );
}
