import type { Metadata } from "next";
import Link from "next/link";
import { AreaUnavailable } from "@/components/area-unavailable";
import { ContactForms } from "@/components/contact-forms";
import { NotificationPreference } from "@/components/notification-preference";
import { loadProfile } from "@/lib/profile/loaders";

export const metadata: Metadata = { title: "Profilo" };

export default async function ProfilePage() {
  const outcome = await loadProfile();
  if (!outcome.allowed) return <AreaUnavailable title="Profilo" reason={outcome.reason} />;
  const profile = outcome.value;
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold">Profilo</h1>
      <dl className="mt-4 grid gap-x-6 gap-y-1 rounded border border-line bg-white p-4 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">Nome</dt>
        <dd>{profile.name}</dd>
        <dt className="font-semibold">Codice fiscale</dt>
        <dd className="font-mono">{profile.fiscalCode}</dd>
      </dl>
      <section aria-labelledby="contatti" className="mt-8 rounded border border-line bg-white p-4">
        <h2 id="contatti" className="text-2xl font-semibold">
          Contatti per le notifiche
        </h2>
        <p className="mt-1 text-muted">Li usiamo solo dopo che li hai confermati con il codice che ti inviamo.</p>
        <div className="mt-4">
          <ContactForms profile={profile} />
        </div>
      </section>
      <section aria-labelledby="notifiche" className="mt-8">
        <h2 id="notifiche" className="text-2xl font-semibold">
          Notifiche
        </h2>
        <NotificationPreference enabled={profile.notificationsEnabled} hasEmail={profile.emailVerified} />
      </section>
      <p className="mt-8 flex flex-wrap gap-6">
        <a href="/profilo/riepilogo?scarica=1">Scarica il riepilogo delle tue scelte (PDF)</a>
        <Link href="/privacy">Informativa sulla privacy</Link>
      </p>
    </div>
  );
}
