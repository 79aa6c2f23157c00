import Link from "next/link";
import { AreaUnavailable } from "@/components/area-unavailable";
import { ContactForms } from "@/components/contact-forms";
import { CONSENT_LABELS } from "@/lib/consents/labels";
import { finishFirstAccess } from "@/lib/profile/actions";
import { loadFirstAccess } from "@/lib/profile/loaders";
import { getT, titled } from "@/lib/i18n/server";
import { msg } from "@/lib/i18n/translate";

export const generateMetadata = titled(msg("Primo accesso"));

export default async function FirstAccessPage() {
  const t = await getT();
  const outcome = await loadFirstAccess();
  if (!outcome.allowed) return <AreaUnavailable title={t("Primo accesso")} reason={outcome.reason} />;
  const { profile, consents } = outcome.value;
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold">{t("Ti diamo il benvenuto nel Fascicolo")}</h1>
      <p className="mt-2 text-lg">{t("Prima di cominciare, tre cose da sapere e da scegliere. Ci vuole un minuto.")}</p>
      <ol className="mt-6 grid gap-6">
        <li>
          <section aria-labelledby="passo-1" className="rounded border border-line bg-white p-4">
            <h2 id="passo-1" className="text-xl font-semibold">
              {t("1. Come usiamo i tuoi dati")}
            </h2>
            <p className="mt-2">
              {t(
                "Il Fascicolo raccoglie i documenti sanitari che ti riguardano. Li vedi sempre tu; i medici li consultano solo se dai il consenso, e puoi nascondere ogni singolo documento. Ogni accesso resta registrato e lo puoi vedere.",
              )}
            </p>
            <p className="mt-2">
              <Link href="/privacy">{t("Leggi l'informativa sulla privacy completa")}</Link>
            </p>
          </section>
        </li>
        <li>
          <section aria-labelledby="passo-2" className="rounded border border-line bg-white p-4">
            <h2 id="passo-2" className="text-xl font-semibold">
              {t("2. Dove avvisarti")}
            </h2>
            <p className="mt-1 text-muted">{t("Ti avvisiamo di accessi in emergenza, deleghe e consensi. Gli avvisi non contengono dati sanitari. Puoi saltare questo passo.")}</p>
            <div className="mt-4">
              <ContactForms profile={profile} />
            </div>
          </section>
        </li>
        <li>
          <section aria-labelledby="passo-3" className="rounded border border-line bg-white p-4">
            <h2 id="passo-3" className="text-xl font-semibold">
              {t("3. Le tue scelte di oggi")}
            </h2>
            <ul className="mt-2 grid gap-1">
              {consents.current.map((status) => (
                <li key={status.kind}>
                  {t(CONSENT_LABELS[status.kind])}:{" "}
                  <span className="font-semibold">
                    {status.granted ? (status.since ? t("dato dal {date}", { date: t.date(status.since) }) : t("dato")) : t("non dato")}
                  </span>
                </li>
              ))}
            </ul>
            <p className="mt-2">
              {t.rich("Puoi cambiarle ora o quando vuoi dalla pagina <link>Consensi</link>.", { link: (chunks) => <Link href="/consensi">{chunks}</Link> })}{" "}
              <a href="/profilo/riepilogo?scarica=1">{t("Scarica il riepilogo (PDF)")}</a>
            </p>
          </section>
        </li>
      </ol>
      <form action={finishFirstAccess} className="mt-8">
        <button type="submit" className="rounded bg-brand px-6 py-3 text-lg font-semibold text-white hover:bg-brand-dark">
          {t("Ho letto: entra nel Fascicolo")}
        </button>
      </form>
    </div>
  );
}
