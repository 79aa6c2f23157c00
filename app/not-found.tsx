import Link from "next/link";
import { SiteHeader } from "@/components/site-header";
import { getT } from "@/lib/i18n/server";

export default async function NotFound() {
  const t = await getT();
  return (
    <>
      <SiteHeader />
      <main id="contenuto" className="mx-auto max-w-5xl px-4 py-8">
        <h1 className="text-3xl font-bold">{t("Pagina non trovata")}</h1>
        <p className="mt-4">{t("La pagina che cerchi non esiste oppure non è disponibile per te.")}</p>
        <p className="mt-4">
          <Link href="/">{t("Torna alla pagina iniziale")}</Link>
        </p>
      </main>
    </>
  );
}
