import "server-only";
import { createHash, randomInt, randomUUID, timingSafeEqual } from "node:crypto";
import { AuthorizedSubject } from "@/lib/access/gate";
import type { Tx } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/locale";
import { translator, type Translator } from "@/lib/i18n/translate";

// Contacts are used only once confirmed with a 6-digit code sent to them; the code is kept hashed,
// expires in 10 minutes and allows 5 attempts.

export const CODE_MINUTES = 10;
export const MAX_ATTEMPTS = 5;

const hashCode = (verificationId: string, code: string) => createHash("sha256").update(`${verificationId}:${code}`).digest("hex");

/** Sends a code to the address or number, worded in `t`'s language; returns the verification id and, for the demo only, the code. */
export async function startVerification(tx: Tx, subject: AuthorizedSubject, channel: "EMAIL" | "SMS", target: string, now: Date, t: Translator = translator("it")) {
  AuthorizedSubject.check(subject, "health.manage");
  const id = randomUUID();
  const code = String(randomInt(0, 1_000_000)).padStart(6, "0");
  await tx.contactVerification.create({
    data: { id, personId: subject.subjectId, channel, target, codeHash: hashCode(id, code), expiresAt: new Date(now.getTime() + CODE_MINUTES * 60_000), createdAt: now },
  });
  const text = t("Fascicolo Sanitario Elettronico: il tuo codice di conferma è {code}. Vale {minutes} minuti. Non comunicarlo a nessuno.", { code, minutes: CODE_MINUTES });
  if (channel === "EMAIL") await tx.emailOutbox.create({ data: { id: randomUUID(), recipient: target, subject: t("Codice di conferma dell'indirizzo e-mail"), body: text, createdAt: now } });
  else await tx.smsOutbox.create({ data: { id: randomUUID(), recipient: target, body: text, createdAt: now } });
  return { id, code };
}

export type ConfirmOutcome = "CONFIRMED" | "WRONG_CODE" | "EXPIRED";

/** Checks the code; when right, the contact becomes the person's, verified. */
export async function confirmVerification(tx: Tx, subject: AuthorizedSubject, verificationId: string, code: string, now: Date): Promise<ConfirmOutcome> {
  AuthorizedSubject.check(subject, "health.manage");
  const verification = await tx.contactVerification.findFirst({ where: { id: verificationId, personId: subject.subjectId, verifiedAt: null } });
  if (!verification || verification.expiresAt <= now || verification.attempts >= MAX_ATTEMPTS) return "EXPIRED";
  const expected = Buffer.from(verification.codeHash, "hex");
  const given = Buffer.from(hashCode(verification.id, code), "hex");
  if (!timingSafeEqual(expected, given)) {
    await tx.contactVerification.update({ where: { id: verification.id }, data: { attempts: { increment: 1 } } });
    return verification.attempts + 1 >= MAX_ATTEMPTS ? "EXPIRED" : "WRONG_CODE";
  }
  await tx.contactVerification.update({ where: { id: verification.id }, data: { verifiedAt: now } });
  await tx.person.update({
    where: { id: subject.subjectId },
    data: verification.channel === "EMAIL" ? { contactEmail: verification.target, emailVerifiedAt: now } : { contactPhone: verification.target, phoneVerifiedAt: now },
  });
  return "CONFIRMED";
}

export async function removeContact(tx: Tx, subject: AuthorizedSubject, channel: "EMAIL" | "SMS"): Promise<void> {
  AuthorizedSubject.check(subject, "health.manage");
  await tx.person.update({ where: { id: subject.subjectId }, data: channel === "EMAIL" ? { contactEmail: null, emailVerifiedAt: null } : { contactPhone: null, phoneVerifiedAt: null } });
}

export async function completeFirstAccess(tx: Tx, subject: AuthorizedSubject, now: Date): Promise<void> {
  AuthorizedSubject.check(subject, "health.manage");
  await tx.person.updateMany({ where: { id: subject.subjectId, firstAccessAt: null }, data: { firstAccessAt: now } });
}

/** The portal's language for the person, used for their pages and for the notices sent to them. */
export async function setLanguage(tx: Tx, subject: AuthorizedSubject, language: Locale): Promise<void> {
  AuthorizedSubject.check(subject, "health.manage");
  await tx.person.update({ where: { id: subject.subjectId }, data: { language } });
}

/** The language chosen on the login pages becomes the person's, unless they had already chosen one. */
export async function adoptLanguage(tx: Tx, subject: AuthorizedSubject, language: Locale): Promise<void> {
  AuthorizedSubject.check(subject, "health.manage");
  await tx.person.updateMany({ where: { id: subject.subjectId, language: null }, data: { language } });
}
