import { AreaUnavailable } from "@/components/area-unavailable";
import { NotificationPreference } from "@/components/notification-preference";
import { PersonalPageNotice } from "@/components/personal-page-notice";
import { loadWhoseRecord } from "@/lib/delegations/context";
import { loadMyNotifications } from "@/lib/notifications/loaders";
import { getT, titled } from "@/lib/i18n/server";
import { msg } from "@/lib/i18n/translate";

export const generateMetadata = titled(msg("Notifiche"));

export default async function NotificationsPage() {
  const t = await getT();
  const outcome = await loadMyNotifications();
  if (!outcome.allowed) return <AreaUnavailable title={t("Notifiche")} reason={outcome.reason} />;
  const inbox = outcome.value;
  // The notices are always the logged-in person's own, also while they consult someone else's record.
  const { userName, actingFor } = await loadWhoseRecord();
  return (
    <div>
      <h1 className="text-3xl font-bold">{actingFor ? t("Le tue notifiche, {name}", { name: userName }) : t("Notifiche")}</h1>
      {actingFor ? <PersonalPageNotice userName={userName} actingFor={actingFor} about={t("Sono gli avvisi che ricevi tu, e la scelta di riceverli è tua.")} /> : null}
      <NotificationPreference enabled={inbox.enabled} hasEmail={inbox.hasEmail} />
      {inbox.items.length === 0 ? (
        <p className="mt-6 rounded border border-line bg-white p-4">{t("Non ci sono notifiche.")}</p>
      ) : (
        <ol className="mt-6 grid gap-2" aria-label={t("Elenco delle notifiche")}>
          {inbox.items.map((item) => (
            <li key={item.id} className="rounded border border-line bg-white p-3">
              <time dateTime={item.createdAt} className="text-sm text-muted">
                {t.dateTime(item.createdAt)}
                {item.unread ? ` · ${t("nuova")}` : ""}
              </time>
              <p>{t(item.text)}</p>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
