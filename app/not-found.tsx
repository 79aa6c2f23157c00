import Link from "next/link";
import { SiteHeader } from "@/components/site-header";

export default function NotFound() {
  return (
    <>
      <SiteHeader />
      <main id="contenuto" className="mx-auto max-w-5xl px-4 py-8">
        <h1 className="text-3xl font-bold">Pagina non trovata</h1>
        <p className="mt-4">La pagina che cerchi non esiste oppure non è disponibile per te.</p>
        <p className="mt-4">
          <Link href="/">Torna alla pagina iniziale</Link>
        </p>
      </main>
    </>
  );
}
