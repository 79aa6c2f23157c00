import Link from "next/link";
import { env } from "@/lib/env";
import { getT, titled } from "@/lib/i18n/server";
import { msg } from "@/lib/i18n/translate";

export const generateMetadata = titled(msg("Aiuto"));

// Open to everyone, logged in or not: who cannot log in is who needs it most.
const ANSWERS: { question: string; answer: string }[] = [
  { question: msg("Come accedo al Fascicolo?"), answer: msg("Con SPID o con la Carta d'Identità Elettronica (CIE). Scegli «Accedi con SPID o CIE» in alto, poi il tuo gestore di identità. Se non hai SPID né CIE puoi rivolgerti a uno sportello.") },
  { question: msg("Non trovo un referto: che cosa faccio?"), answer: msg("I referti arrivano nel Fascicolo quando la struttura che ti ha visitato li pubblica, di solito entro pochi giorni. Nella pagina Documenti puoi cercare anche nel testo dei referti. Se dopo un mese non c'è, chiedi alla struttura.") },
  { question: msg("Chi può vedere i miei documenti?"), answer: msg("Tu sempre. I medici che ti hanno in cura solo se hai dato il consenso, e puoi oscurare ogni singolo documento. Ogni accesso è registrato nella pagina «Chi ha consultato il fascicolo».") },
  { question: msg("Posso consultare il fascicolo di mio figlio?"), answer: msg("Sì, se è minorenne e sei il genitore o il tutore: dalla pagina Deleghe scegli «Consulta il fascicolo». Alcuni documenti possono essere riservati e non visibili ai genitori.") },
  { question: msg("Come stampo il promemoria di una ricetta?"), answer: msg("Apri Ricette, scegli la ricetta e scarica il promemoria in PDF: lo puoi stampare o mostrare dal telefono in farmacia.") },
  { question: msg("Una persona di fiducia può aiutarmi?"), answer: msg("Sì: dalla pagina Deleghe puoi delegare una persona di fiducia, per un periodo e per le parti del fascicolo che scegli. Puoi revocare la delega quando vuoi.") },
];

export default async function HelpPage() {
  const t = await getT();
  const { HELP_PHONE, HELP_EMAIL } = env();
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold">{t("Aiuto")}</h1>
      <section aria-labelledby="contatti" className="mt-6 rounded border border-line bg-white p-4">
        <h2 id="contatti" className="text-xl font-semibold">
          {t("Contatti")}
        </h2>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          {HELP_PHONE ? (
            <li>
              {t("Telefono dell'assistenza")}: <a href={`tel:${HELP_PHONE.replace(/[^+\d]/g, "")}`}>{HELP_PHONE}</a>
            </li>
          ) : null}
          {HELP_EMAIL ? (
            <li>
              {t("Posta elettronica")}: <a href={`mailto:${HELP_EMAIL}`}>{HELP_EMAIL}</a>
            </li>
          ) : null}
          <li>{t("Di persona: gli sportelli dei Punti Assistiti Salute della tua azienda sanitaria, con un documento d'identità e la tessera sanitaria.")}</li>
        </ul>
        <p className="mt-2 text-sm text-muted">{t("Chi risponde non vede i tuoi dati sanitari e non ti chiederà mai le credenziali SPID o CIE.")}</p>
      </section>
      <section aria-labelledby="domande" className="mt-8">
        <h2 id="domande" className="text-xl font-semibold">
          {t("Domande frequenti")}
        </h2>
        {ANSWERS.map((item) => (
          <details key={item.question} className="mt-3 rounded border border-line bg-white p-4">
            <summary className="cursor-pointer font-semibold">{t(item.question)}</summary>
            <p className="mt-2">{t(item.answer)}</p>
          </details>
        ))}
      </section>
      <p className="mt-8">
        <Link href="/accessibilita">{t("Dichiarazione di accessibilità")}</Link>
      </p>
    </div>
  );
}
