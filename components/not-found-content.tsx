import Link from "next/link";
import { getT } from "@/lib/i18n/server";

/** What a missing page says, without the page's frame: each area's layout draws its own header. */
export async function NotFoundContent() {
  const t = await getT();
  return (
    <>
      <h1 className="text-3xl font-bold">{t("Pagina non trovata")}</h1>
      <p className="mt-4">{t("La pagina che cerchi non esiste oppure non è disponibile per te.")}</p>
      <p className="mt-4">
        <Link href="/">{t("Torna alla pagina iniziale")}</Link>
      </p>
    </>
  );
}
