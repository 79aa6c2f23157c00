"use client";

import { useT } from "@/components/i18n-provider";

// A generic message only: no stack trace or detail ever reaches the browser.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useT();
  return (
    <main id="contenuto" className="mx-auto max-w-5xl px-4 py-8">
      <h1 className="text-3xl font-bold">{t("Si è verificato un problema")}</h1>
      <p className="mt-4">{t("Non è stato possibile completare l'operazione. I tuoi dati non sono stati modificati. Riprova tra qualche istante.")}</p>
      <button type="button" onClick={reset} className="mt-6 rounded bg-brand px-5 py-2 font-semibold text-white">
        {t("Riprova")}
      </button>
    </main>
  );
}
