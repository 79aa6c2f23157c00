import { getT, titled } from "@/lib/i18n/server";
import { msg } from "@/lib/i18n/translate";

export const generateMetadata = titled(msg("Informativa sulla privacy"));

export default async function PrivacyPage() {
  const t = await getT();
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold">{t("Informativa sulla privacy")}</h1>
      <p className="mt-4">
        {t(
          "Il Fascicolo Sanitario Elettronico raccoglie i documenti sanitari prodotti dalle strutture del Servizio Sanitario. Tu puoi consultarli in ogni momento; i professionisti sanitari possono consultarli solo con il tuo consenso, e non vedono mai i documenti che hai oscurato.",
        )}
      </p>
      <p className="mt-4">
        {t(
          "Ogni accesso ai tuoi dati viene registrato in un registro che non può essere modificato e che puoi consultare nella pagina «Chi ha consultato il fascicolo». I registri sono conservati per almeno 24 mesi.",
        )}
      </p>
      <p className="mt-4">
        {t(
          "Per accedere usiamo solo SPID o CIE: del tuo profilo digitale riceviamo nome, cognome, codice fiscale e, se lo hai indicato, l'indirizzo e-mail.",
        )}
      </p>
    </div>
  );
}
