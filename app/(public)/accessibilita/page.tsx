import { getT, titled } from "@/lib/i18n/server";
import { msg } from "@/lib/i18n/translate";

export const generateMetadata = titled(msg("Dichiarazione di accessibilità"));

export default async function AccessibilityPage() {
  const t = await getT();
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold">{t("Dichiarazione di accessibilità")}</h1>
      <p className="mt-4">
        {t(
          "Il portale del Fascicolo Sanitario Elettronico è progettato per essere conforme ai requisiti WCAG 2.1 di livello AA: ogni funzione si usa con la sola tastiera, ogni campo ha un'etichetta e gli errori sono descritti a parole e collegati al campo.",
        )}
      </p>
      <p className="mt-4">
        {t(
          "Ogni pagina è verificata automaticamente a ogni modifica del software. Il visualizzatore PDF mostra un'immagine della pagina: lo stesso contenuto è sempre disponibile come testo nella sezione «Contenuto» del documento.",
        )}
      </p>
      <p className="mt-4">
        {t("Il portale è in italiano e in inglese; i documenti clinici restano nella lingua in cui sono stati scritti e sono marcati come testo in italiano.")}
      </p>
      <p className="mt-4">{t("Se incontri un ostacolo, segnalalo al servizio di assistenza della tua Regione indicando la pagina e il problema.")}</p>
    </div>
  );
}
