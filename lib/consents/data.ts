import "server-only";
import { AuthorizedSubject } from "@/lib/access/gate";
import { ADULT_AGE } from "@/lib/access/policy";
import type { Tx } from "@/lib/db/client";
import { CONSENT_KINDS } from "./schema";
import type { ConsentKind, ConsentOverview } from "./types";

export async function consentOverview(tx: Tx, subject: AuthorizedSubject): Promise<ConsentOverview> {
  AuthorizedSubject.check(subject, "consent.read", "consent.manage", "document.list", "health.read");
  const events = await tx.consentEvent.findMany({
    where: { subjectId: subject.subjectId },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: 200,
  });
  const people = await tx.person.findMany({
    where: { id: { in: [...new Set([...events.map((event) => event.actorId), subject.subjectId])] } },
    select: { id: true, givenName: true, familyName: true, birthDate: true },
  });
  const names = new Map(people.map((person) => [person.id, `${person.givenName} ${person.familyName}`]));
  const current = CONSENT_KINDS.map((kind) => {
    const latest = events.find((event) => event.kind === kind);
    return { kind, granted: latest?.granted ?? false, since: latest ? latest.at.toISOString() : null };
  });
  const self = people.find((person) => person.id === subject.subjectId)!;
  const majority = new Date(Date.UTC(self.birthDate.getUTCFullYear() + ADULT_AGE, self.birthDate.getUTCMonth(), self.birthDate.getUTCDate()));
  const parentsChose = events.some((event) => event.actorRole === "DELEGATE" && event.at < majority);
  const confirmedSince = events.some((event) => event.actorId === subject.subjectId && event.at >= majority);
  return {
    current,
    history: events.map((event) => ({
      id: event.id,
      kind: event.kind as ConsentKind,
      granted: event.granted,
      at: event.at.toISOString(),
      byName: names.get(event.actorId) ?? "—",
      byRole: event.actorRole,
      bySelf: event.actorId === subject.subjectId,
      channel: event.channel,
    })),
    needsReviewAtMajority: subject.basis === "SELF" && parentsChose && !confirmedSince,
  };
}
