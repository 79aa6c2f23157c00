import "server-only";
import type { Tx } from "@/lib/db/client";
import type { Actor, Area, ConsentFacts, DelegationFacts, DelegationKind, DelegationStatus, DocumentFlags, SubjectFacts } from "./types";

// Facts for the policy, read inside the gate's transaction on every request: never from a cookie, so
// a revoked consent or delegation takes effect on the very next request.

const CONSENT_KINDS = { care: "CARE", emergency: "EMERGENCY", heightenedProtection: "HEIGHTENED_PROTECTION" } as const;

async function currentConsent(tx: Tx, subjectId: string): Promise<ConsentFacts> {
  const entries = await Promise.all(
    Object.entries(CONSENT_KINDS).map(async ([key, kind]) => {
      const latest = await tx.consentEvent.findFirst({ where: { subjectId, kind }, orderBy: { at: "desc" }, select: { granted: true } });
      return [key, latest?.granted ?? false] as const;
    }),
  );
  return Object.fromEntries(entries) as ConsentFacts;
}

async function delegationFor(tx: Tx, subjectId: string, delegateId: string): Promise<DelegationFacts | null> {
  const rows = await tx.delegation.findMany({
    where: { subjectId, delegateId },
    orderBy: { createdAt: "desc" },
    take: 10,
    select: { kind: true, status: true, startsAt: true, endsAt: true, scope: true, canManage: true },
  });
  // An active delegation speaks for the delegate; otherwise the latest one explains the refusal.
  const chosen = rows.find((row) => row.status === "ACTIVE") ?? rows[0];
  if (!chosen) return null;
  return {
    kind: chosen.kind as DelegationKind,
    status: chosen.status as DelegationStatus,
    startsAt: chosen.startsAt,
    endsAt: chosen.endsAt,
    scope: chosen.scope.split(",").filter(Boolean) as Area[],
    canManage: chosen.canManage,
  };
}

export async function loadSubjectFacts(tx: Tx, actor: Actor, subjectId: string): Promise<SubjectFacts | null> {
  const person = await tx.person.findUnique({ where: { id: subjectId }, select: { id: true, birthDate: true } });
  if (!person) return null;
  const needsRole = actor.role === "PROFESSIONAL" || actor.role === "OPERATOR";
  const [consent, delegation, deskSession, role] = await Promise.all([
    actor.role === "PROFESSIONAL" ? currentConsent(tx, subjectId) : null,
    actor.role === "DELEGATE" ? delegationFor(tx, subjectId, actor.personId) : null,
    actor.role === "OPERATOR"
      ? tx.deskSession.findFirst({
          where: { subjectId, operatorId: actor.personId },
          orderBy: { startedAt: "desc" },
          select: { expiresAt: true, endedAt: true },
        })
      : null,
    needsRole ? tx.personRole.findFirst({ where: { personId: actor.personId, role: actor.role }, select: { id: true } }) : null,
  ]);
  return { personId: person.id, birthDate: person.birthDate, consent, delegation, deskSession, actorHoldsRole: role !== null };
}

export async function loadDocumentFlags(tx: Tx, subjectId: string, documentId: string): Promise<DocumentFlags | null> {
  const document = await tx.document.findFirst({
    where: { id: documentId, patientId: subjectId, status: { not: "WITHDRAWN" } },
    select: {
      obscuredAtSource: true,
      obscuredByCitizen: true,
      hiddenFromParents: true,
      hiddenFromPatient: true,
      heightenedProtection: true,
    },
  });
  if (!document) return null;
  return {
    obscured: document.obscuredAtSource || document.obscuredByCitizen,
    hiddenFromParents: document.hiddenFromParents,
    hiddenFromPatient: document.hiddenFromPatient,
    heightenedProtection: document.heightenedProtection,
  };
}
