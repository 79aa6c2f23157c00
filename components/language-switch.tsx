"use client";

import { useActionState } from "react";
import { IDLE } from "@/lib/http/form-state";
import { LOCALE_NAMES, type Locale } from "@/lib/i18n/locale";
import { chooseLanguage } from "@/lib/profile/actions";
import { useT } from "./i18n-provider";

/** The header's switch to the other language, named in that language so that its readers find it. */
export function LanguageSwitch() {
  const t = useT();
  const [state, action, pending] = useActionState(chooseLanguage, IDLE);
  const other: Locale = t.locale === "it" ? "en" : "it";
  return (
    <form action={action} className="flex items-center gap-2">
      <input type="hidden" name="lingua" value={other} />
      <button
        type="submit"
        lang={other}
        disabled={pending}
        className="rounded border border-white px-3 py-1 text-sm font-semibold text-white hover:bg-brand-dark"
        aria-label={other === "en" ? "English version" : "Versione in italiano"}
      >
        {LOCALE_NAMES[other]}
      </button>
      {state.status === "error" ? (
        <span role="alert" className="text-sm">
          {t(state.message)}
        </span>
      ) : null}
    </form>
  );
}
