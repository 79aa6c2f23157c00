"use client";

import { useT } from "./i18n-provider";

/** What an error page says, without the page's frame: inside an area, the area's layout draws it. */
export function ErrorContent({ reset }: { reset: () => void }) {
  const t = useT();
  return (
    <>
      <h1 className="text-3xl font-bold">{t("Si è verificato un problema")}</h1>
      <p className="mt-4">{t("Non è stato possibile completare l'operazione. I tuoi dati non sono stati modificati. Riprova tra qualche istante.")}</p>
      <button type="button" onClick={reset} className="mt-6 rounded bg-brand px-5 py-2 font-semibold text-white">
        {t("Riprova")}
      </button>
    </>
  );
}
