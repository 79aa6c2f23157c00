"use client";

import { createContext, useContext } from "react";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locale";
import { translator, type Translator } from "@/lib/i18n/translate";

const LocaleContext = createContext<Locale>(DEFAULT_LOCALE);

/** Gives client components the request's language, chosen on the server (lib/i18n/server.ts). */
export function I18nProvider({ locale, children }: { locale: Locale; children: React.ReactNode }) {
  return <LocaleContext.Provider value={locale}>{children}</LocaleContext.Provider>;
}

export function useT(): Translator {
  return translator(useContext(LocaleContext));
}

/** Shows a message that was written elsewhere (a server action's answer, a zod message) in the UI's language. */
export function Translated({ text }: { text: string }) {
  return useT()(text);
}
