import "server-only";
import { randomUUID } from "node:crypto";
import { AuthorizedSubject } from "@/lib/access/gate";
import type { Tx } from "@/lib/db/client";
import { toLocale } from "@/lib/i18n/locale";
import { msg, translator, type MessageValues } from "@/lib/i18n/translate";

export type NotificationKind = "CONSENT_CHANGED" | "EMERGENCY_ACCESS" | "DELEGATION_CREATED" | "DELEGATION_CHANGED" | "DOCUMENT_VISIBILITY" | "DOCUMENT_PUBLISHED";

const SUBJECTS: Record<NotificationKind, string> = {
  CONSENT_CHANGED: msg("Fascicolo Sanitario: i tuoi consensi sono cambiati"),
  EMERGENCY_ACCESS: msg("Fascicolo Sanitario: accesso in emergenza al tuo fascicolo"),
  DELEGATION_CREATED: msg("Fascicolo Sanitario: nuova delega"),
  DELEGATION_CHANGED: msg("Fascicolo Sanitario: una delega è cambiata"),
  DOCUMENT_VISIBILITY: msg("Fascicolo Sanitario: visibilità di un documento modificata"),
  DOCUMENT_PUBLISHED: msg("Fascicolo Sanitario: un documento nuovo o aggiornato nel tuo fascicolo"),
};

/**
 * Notifies a person: always in the portal and, unless they switched notifications off, also by e-mail and
 * SMS through the outboxes to the contacts they confirmed. The in-portal notice does not follow the choice:
 * the pages promise it (an emergency access is always visible to the citizen); the choice only silences the
 * messages sent outside the portal. All in the caller's transaction, so the notice exists if and only if the
 * change does. The text names what happened and where to look, never health data. It is written in the
 * recipient's language: `message` (or each of several messages, joined) is a message of the catalogue.
 */
export async function notify(tx: Tx, personId: string, kind: NotificationKind, message: string | string[], now: Date, values?: MessageValues): Promise<void> {
  const person = await tx.person.findUnique({
    where: { id: personId },
    select: { contactEmail: true, emailVerifiedAt: true, contactPhone: true, phoneVerifiedAt: true, notificationsEnabled: true, language: true },
  });
  if (!person) return;
  const t = translator(toLocale(person.language));
  const text = (Array.isArray(message) ? message : [message]).map((part) => t(part, values)).join(" ");
  const subject = t(SUBJECTS[kind]);
  await tx.notification.create({ data: { id: randomUUID(), personId, kind, text, createdAt: now } });
  if (!person.notificationsEnabled) return;
  if (person.contactPhone && person.phoneVerifiedAt) {
    await tx.smsOutbox.create({ data: { id: randomUUID(), recipient: person.contactPhone, body: t("{subject}. Accedi con SPID o CIE per i dettagli.", { subject }), createdAt: now } });
  }
  if (person.contactEmail && person.emailVerifiedAt) {
    await tx.emailOutbox.create({
      data: {
        id: randomUUID(),
        recipient: person.contactEmail,
        subject,
        body: `${text}\n\n${t("Accedi al Fascicolo Sanitario Elettronico con SPID o CIE per i dettagli.")}`,
        createdAt: now,
      },
    });
  }
}

/** The subject's own choice of receiving notices, written with its access-log row. */
export async function setNotificationsEnabled(tx: Tx, subject: AuthorizedSubject, enabled: boolean): Promise<void> {
  AuthorizedSubject.check(subject, "notification.manage");
  await tx.person.update({ where: { id: subject.subjectId }, data: { notificationsEnabled: enabled } });
}

/** Reading the inbox marks its notices as read, in the same transaction as the read and its log row. */
export async function markAllRead(tx: Tx, subject: AuthorizedSubject, now: Date): Promise<void> {
  AuthorizedSubject.check(subject, "notification.read");
  await tx.notification.updateMany({ where: { personId: subject.subjectId, readAt: null }, data: { readAt: now } });
}
