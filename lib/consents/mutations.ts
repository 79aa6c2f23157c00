import "server-only";
import { randomUUID } from "node:crypto";
import { AuthorizedSubject } from "@/lib/access/gate";
import type { Tx } from "@/lib/db/client";
import { notify } from "@/lib/notifications/mutations";
import type { ConsentKind } from "./types";
import { msg } from "@/lib/i18n/translate";

const CHANNEL_OF: Record<string, string> = { SELF: "ONLINE", DELEGATION: "DELEGATE", DESK_MANDATE: "DESK" };
const GIVEN: Record<ConsentKind, string> = {
  CARE: msg("È stato dato il consenso alla consultazione per finalità di cura."),
  EMERGENCY: msg("È stato dato il consenso alla consultazione in emergenza."),
  HEIGHTENED_PROTECTION: msg("È stato dato il consenso alla consultazione dei dati a maggior tutela."),
};
const REVOKED: Record<ConsentKind, string> = {
  CARE: msg("È stato revocato il consenso alla consultazione per finalità di cura."),
  EMERGENCY: msg("È stato revocato il consenso alla consultazione in emergenza."),
  HEIGHTENED_PROTECTION: msg("È stato revocato il consenso alla consultazione dei dati a maggior tutela."),
};

/** Records a consent choice for the authorized subject, and tells the citizen about it. */
export async function recordConsent(tx: Tx, subject: AuthorizedSubject, kinds: { kind: ConsentKind; granted: boolean }[], now: Date): Promise<void> {
  AuthorizedSubject.check(subject, "consent.manage");
  for (const { kind, granted } of kinds) {
    await tx.consentEvent.create({
      data: {
        id: randomUUID(),
        subjectId: subject.subjectId,
        kind,
        granted,
        at: now,
        actorId: subject.actor.personId,
        actorRole: subject.actor.role,
        channel: CHANNEL_OF[subject.basis] ?? "ONLINE",
      },
    });
  }
  const changes = kinds.map(({ kind, granted }) => (granted ? GIVEN[kind] : REVOKED[kind]));
  await notify(tx, subject.subjectId, "CONSENT_CHANGED", changes, now);
}
