"use client";

import { useActionState } from "react";
import { IDLE } from "@/lib/http/form-state";
import { LOCALE_NAMES, LOCALES } from "@/lib/i18n/locale";
import { chooseLanguage } from "@/lib/profile/actions";
import { useT } from "./i18n-provider";
import { FormMessage } from "./ui/form-message";
import { RadioGroup } from "./ui/radio-group";

/** The profile's choice of language, for the portal's pages and for the notices sent by e-mail and SMS. */
export function LanguageForm() {
  const t = useT();
  const [state, action, pending] = useActionState(chooseLanguage, IDLE);
  return (
    <form action={action} className="mt-4 flex flex-col gap-3 rounded border border-line bg-white p-4">
      <RadioGroup
        key={t.locale}
        name="lingua"
        legend={t("Lingua del portale e delle notifiche")}
        options={LOCALES.map((locale) => ({ value: locale, label: LOCALE_NAMES[locale], lang: locale }))}
        value={t.locale}
        error={state.fieldErrors?.lingua ? t(state.fieldErrors.lingua) : undefined}
      />
      <p className="text-sm text-muted">{t("I documenti clinici restano nella lingua in cui sono stati scritti.")}</p>
      <FormMessage state={state} />
      <div>
        <button type="submit" disabled={pending} className="rounded bg-brand px-5 py-2 font-semibold text-white hover:bg-brand-dark">
          {t("Salva la lingua")}
        </button>
      </div>
    </form>
  );
}
