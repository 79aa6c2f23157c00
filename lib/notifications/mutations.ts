import "server-only";
import { randomUUID } from "node:crypto";
import type { Tx } from "@/lib/db/client";

export type NotificationKind = "CONSENT_CHANGED" | "EMERGENCY_ACCESS" | "DELEGATION_CREATED" | "DELEGATION_CHANGED" | "DOCUMENT_VISIBILITY";

const SUBJECTS: Record<NotificationKind, string> = {
  CONSENT_CHANGED: "Fascicolo Sanitario: i tuoi consensi sono cambiati",
  EMERGENCY_ACCESS: "Fascicolo Sanitario: accesso in emergenza al tuo fascicolo",
  DELEGATION_CREATED: "Fascicolo Sanitario: nuova delega",
  DELEGATION_CHANGED: "Fascicolo Sanitario: una delega è cambiata",
  DOCUMENT_VISIBILITY: "Fascicolo Sanitario: visibilità di un documento modificata",
};

/**
 * Notifies a person in the portal and, unless they switched notifications off, by e-mail and SMS through
 * the outboxes to the contacts they confirmed — in the caller's transaction, so the notice exists if and only if the
 * change does. The text names what happened and where to look, never health data.
 */
export async function notify(tx: Tx, personId: string, kind: NotificationKind, text: string, now: Date): Promise<void> {
  const person = await tx.person.findUnique({
    where: { id: personId },
    select: { contactEmail: true, emailVerifiedAt: true, contactPhone: true, phoneVerifiedAt: true, notificationsEnabled: true },
  });
  if (!person || !person.notificationsEnabled) return;
  await tx.notification.create({ data: { id: randomUUID(), personId, kind, text, createdAt: now } });
  if (person.contactPhone && person.phoneVerifiedAt) {
    await tx.smsOutbox.create({ data: { id: randomUUID(), recipient: person.contactPhone, body: `Fascicolo Sanitario Elettronico: ${SUBJECTS[kind]}. Accedi con SPID o CIE per i dettagli.`, createdAt: now } });
  }
  if (person.contactEmail && person.emailVerifiedAt) {
    await tx.emailOutbox.create({
      data: {
        id: randomUUID(),
        recipient: person.contactEmail,
        subject: SUBJECTS[kind],
        body: `${text}\n\nAccedi al Fascicolo Sanitario Elettronico con SPID o CIE per i dettagli.`,
        createdAt: now,
      },
    });
  }
}

export async function setNotificationsEnabled(database: Pick<Tx, "person">, personId: string, enabled: boolean): Promise<void> {
  await database.person.update({ where: { id: personId }, data: { notificationsEnabled: enabled } });
}

export async function markAllRead(database: Pick<Tx, "notification">, personId: string, now: Date): Promise<void> {
  await database.notification.updateMany({ where: { personId, readAt: null }, data: { readAt: now } });
}
