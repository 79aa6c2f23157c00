import "server-only";
import { randomUUID } from "node:crypto";
import type { AuthorizedSubject } from "@/lib/access/gate";
import { ageOn } from "@/lib/access/policy";
import type { Tx } from "@/lib/db/client";
import { notify } from "@/lib/notifications/mutations";
import { delegationRefusal, type DelegationLimits } from "./rules";

export type DelegationInput = {
  delegate: { id: string; birthDate: Date };
  kind: "PARENT" | "GUARDIAN" | "TRUSTED";
  scope: string[];
  canManage: boolean;
  endsAt: Date | null;
  courtDecree: string | null;
  channel: "DESK" | "ONLINE";
};

/** Registers an active delegation on the authorized subject's record; returns the refusal reason, if any. */
export async function registerDelegation(tx: Tx, subject: AuthorizedSubject, input: DelegationInput, limits: DelegationLimits, now: Date): Promise<string | null> {
  const person = await tx.person.findUniqueOrThrow({ where: { id: subject.subjectId }, select: { birthDate: true } });
  const activeTrustedDelegates = await tx.delegation.count({
    where: { subjectId: subject.subjectId, kind: "TRUSTED", status: { in: ["ACTIVE", "PENDING"] }, OR: [{ endsAt: null }, { endsAt: { gt: now } }] },
  });
  const refusal = delegationRefusal(
    {
      kind: input.kind,
      subjectAge: ageOn(person.birthDate, now),
      delegateAge: ageOn(input.delegate.birthDate, now),
      delegateIsSubject: input.delegate.id === subject.subjectId,
      endsAt: input.endsAt,
      courtDecree: input.courtDecree,
      activeTrustedDelegates,
      now,
    },
    limits,
  );
  if (refusal) return refusal;
  await tx.delegation.create({
    data: {
      id: randomUUID(),
      subjectId: subject.subjectId,
      delegateId: input.delegate.id,
      kind: input.kind,
      scope: input.kind === "TRUSTED" ? input.scope.join(",") : "documenti,accessi,consensi",
      canManage: input.kind === "TRUSTED" ? input.canManage : true,
      status: "ACTIVE",
      startsAt: now,
      endsAt: input.kind === "TRUSTED" ? input.endsAt : null,
      createdAt: now,
      createdById: subject.actor.personId,
      channel: input.channel,
      acceptedAt: now,
      courtDecree: input.courtDecree,
    },
  });
  const text = "È stata registrata una nuova delega sul tuo fascicolo. Trovi chi può agire per te nella pagina «Deleghe».";
  await notify(tx, subject.subjectId, "DELEGATION_CREATED", text, now);
  await notify(tx, input.delegate.id, "DELEGATION_CREATED", "Sei stato registrato come delegato per il fascicolo di un'altra persona. Lo trovi nella pagina «Deleghe».", now);
  return null;
}
