import "server-only";
import { AuthorizedSubject } from "@/lib/access/gate";
import type { Tx } from "@/lib/db/client";
import type { ProfileView } from "./types";

export async function profileOf(tx: Tx, subject: AuthorizedSubject, now: Date): Promise<ProfileView> {
  AuthorizedSubject.check(subject, "health.read", "health.manage");
  const person = await tx.person.findUniqueOrThrow({ where: { id: subject.subjectId } });
  const pending = await tx.contactVerification.findFirst({
    where: { personId: subject.subjectId, verifiedAt: null, expiresAt: { gt: now }, attempts: { lt: 5 } },
    orderBy: { createdAt: "desc" },
  });
  return {
    name: `${person.givenName} ${person.familyName}`,
    fiscalCode: person.fiscalCode,
    email: person.contactEmail,
    emailVerified: Boolean(person.contactEmail && person.emailVerifiedAt),
    phone: person.contactPhone,
    phoneVerified: Boolean(person.contactPhone && person.phoneVerifiedAt),
    notificationsEnabled: person.notificationsEnabled,
    firstAccessAt: person.firstAccessAt?.toISOString() ?? null,
    pending: pending ? { id: pending.id, channel: pending.channel as "EMAIL" | "SMS", target: pending.target, expiresAt: pending.expiresAt.toISOString() } : null,
  };
}
