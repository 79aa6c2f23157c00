import "server-only";
import { AuthorizedSubject } from "@/lib/access/gate";
import { sql, type Tx } from "@/lib/db/client";
import { countOf } from "@/lib/db/rows";

// A person's own inbox and preference. Notices carry no health data by design (they only say that
// something happened and where to look), but they tell of the record's life (an emergency access, a new
// delegation): reading them passes the gate ("notification.read") like any other part of the record.

export async function notificationsOf(tx: Tx, subject: AuthorizedSubject) {
  AuthorizedSubject.check(subject, "notification.read");
  const [person, notifications] = await Promise.all([
    tx.person.findUniqueOrThrow({ where: { id: subject.subjectId }, select: { notificationsEnabled: true, contactEmail: true } }),
    tx.notification.findMany({ where: { personId: subject.subjectId }, orderBy: { createdAt: "desc" }, take: 100, select: { id: true, text: true, createdAt: true, readAt: true } }),
  ]);
  return {
    enabled: person.notificationsEnabled,
    hasEmail: person.contactEmail !== null,
    items: notifications.map((item) => ({ id: item.id, text: item.text, createdAt: item.createdAt.toISOString(), unread: item.readAt === null })),
  };
}

/** How many of the person's notices are unread, for the badge in the navigation. */
export async function unreadCount(tx: Tx, subject: AuthorizedSubject): Promise<number> {
  AuthorizedSubject.check(subject, "notification.read");
  // Parameterised SQL: the badge is on every page (decision 0023).
  const [row] = await tx.$queryRaw<{ unread: bigint | number }[]>(sql`SELECT COUNT(*) AS "unread" FROM "Notification" WHERE "personId" = ${subject.subjectId} AND "readAt" IS NULL`);
  return countOf(row?.unread);
}
