import Link from "next/link";
import { AreaUnavailable } from "@/components/area-unavailable";
import { ContactForms } from "@/components/contact-forms";
import { LanguageForm } from "@/components/language-form";
import { NotificationPreference } from "@/components/notification-preference";
import { PersonalPageNotice } from "@/components/personal-page-notice";
import { loadWhoseRecord } from "@/lib/delegations/context";
import { getT, titled } from "@/lib/i18n/server";
import { msg } from "@/lib/i18n/translate";
import { loadProfile } from "@/lib/profile/loaders";

export const generateMetadata = titled(msg("Profilo"));

export default async function ProfilePage() {
  const t = await getT();
  const outcome = await loadProfile();
  if (!outcome.allowed) return <AreaUnavailable title={t("Profilo")} reason={outcome.reason} />;
  const profile = outcome.value;
  // The profile is always the logged-in person's own, also while they consult someone else's record.
  const { userName, actingFor } = await loadWhoseRecord();
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold">{actingFor ? t("Il tuo profilo, {name}", { name: userName }) : t("Profilo")}</h1>
      {actingFor ? (
        <PersonalPageNotice userName={userName} actingFor={actingFor} about={t("I contatti, le notifiche e la lingua che vedi e cambi qui sono i tuoi.")} />
      ) : null}
      <dl className="mt-4 grid gap-x-6 gap-y-1 rounded border border-line bg-white p-4 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t("Nome")}</dt>
        <dd>{profile.name}</dd>
        <dt className="font-semibold">{t("Codice fiscale")}</dt>
        <dd className="font-mono">{profile.fiscalCode}</dd>
      </dl>
      <section aria-labelledby="contatti" className="mt-8 rounded border border-line bg-white p-4">
        <h2 id="contatti" className="text-2xl font-semibold">
          {t("Contatti per le notifiche")}
        </h2>
        <p className="mt-1 text-muted">{t("Li usiamo solo dopo che li hai confermati con il codice che ti inviamo.")}</p>
        <div className="mt-4">
          <ContactForms profile={profile} />
        </div>
      </section>
      <section aria-labelledby="notifiche" className="mt-8">
        <h2 id="notifiche" className="text-2xl font-semibold">
          {t("Notifiche")}
        </h2>
        <NotificationPreference enabled={profile.notificationsEnabled} hasEmail={profile.emailVerified} />
      </section>
      <section aria-labelledby="lingua-titolo" className="mt-8">
        <h2 id="lingua-titolo" className="text-2xl font-semibold">
          {t("Lingua")}
        </h2>
        <LanguageForm />
      </section>
      <p className="mt-8 flex flex-wrap gap-6">
        <a href="/profilo/riepilogo?scarica=1">{t("Scarica il riepilogo delle tue scelte (PDF)")}</a>
        <Link href="/privacy">{t("Informativa sulla privacy")}</Link>
      </p>
    </div>
  );
}
