import "server-only";
import { cache } from "react";
import { withAccess } from "@/lib/access/gate";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { notificationsOf, unreadCount } from "./data";
import { markAllRead } from "./mutations";

/**
 * The logged-in person's notices, always their own (also while they consult someone else's record);
 * opening the page marks them as read. Refused to a minor, whose record (and the notices about it) their
 * parents manage.
 */
export const loadMyNotifications = cache(async () => {
  const user = await requireUser();
  const actor = { personId: user.personId, role: "CITIZEN" as const, displayName: `${user.givenName} ${user.familyName}` };
  const outcome = await withAccess(await db(), { actor, action: "notification.read", subjectId: user.personId, purpose: "NOTIFICHE" }, async (subject, tx) => {
    const inbox = await notificationsOf(tx, subject);
    if (inbox.items.some((item) => item.unread)) await markAllRead(tx, subject, new Date());
    return inbox;
  });
  return outcome;
});

/** The logged-in person's unread notices, for the navigation's badge; 0 when refused (a minor) or logged out. */
export const loadUnreadCount = cache(async (): Promise<number> => {
  const user = await requireUser();
  const actor = { personId: user.personId, role: "CITIZEN" as const, displayName: `${user.givenName} ${user.familyName}` };
  const outcome = await withAccess(await db(), { actor, action: "notification.read", subjectId: user.personId, purpose: "NOTIFICHE_NON_LETTE" }, (subject, tx) => unreadCount(tx, subject));
  return outcome.allowed ? outcome.value : 0;
});
