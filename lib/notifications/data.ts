import "server-only";
import type { Db } from "@/lib/db/client";

// A person's own inbox and preference. Notices carry no health data by design (they only say that
// something happened and where to look), so reading them is not a consultation of the record.

export async function notificationsOf(database: Db, personId: string) {
  const [person, notifications] = await Promise.all([
    database.person.findUniqueOrThrow({ where: { id: personId }, select: { notificationsEnabled: true, contactEmail: true } }),
    database.notification.findMany({ where: { personId }, orderBy: { createdAt: "desc" }, take: 100, select: { id: true, text: true, createdAt: true, readAt: true } }),
  ]);
  return {
    enabled: person.notificationsEnabled,
    hasEmail: person.contactEmail !== null,
    items: notifications.map((item) => ({ id: item.id, text: item.text, createdAt: item.createdAt.toISOString(), unread: item.readAt === null })),
  };
}
