import "server-only";
import { type Db, sql, type Tx } from "@/lib/db/client";
import type { Actor, Area, ConsentFacts, DelegationFacts, DelegationKind, DelegationStatus, DocumentFlags, SubjectFacts } from "./types";

// Facts for the policy, read inside the gate's transaction on every request: never from a cookie, so
// a revoked consent or delegation takes effect on the very next request.

const CONSENT_KINDS = { care: "CARE", emergency: "EMERGENCY", heightenedProtection: "HEIGHTENED_PROTECTION" } as const;

async function currentConsent(tx: Tx, subjectId: string): Promise<ConsentFacts> {
  // One query for the three kinds: a person's consent history is short, the latest event of each wins.
  const events = await tx.consentEvent.findMany({
    where: { subjectId, kind: { in: Object.values(CONSENT_KINDS) } },
    orderBy: { at: "desc" },
    select: { kind: true, granted: true },
  });
  const latest = (kind: string) => events.find((event) => event.kind === kind)?.granted ?? false;
  return { care: latest(CONSENT_KINDS.care), emergency: latest(CONSENT_KINDS.emergency), heightenedProtection: latest(CONSENT_KINDS.heightenedProtection) };
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
  // Parameterised SQL for the reads every gated request makes (decision 0023).
  const [person] = await tx.$queryRaw<{ id: string; birthDate: Date }[]>(sql`SELECT "id", "birthDate" FROM "Person" WHERE "id" = ${subjectId}`);
  if (!person) return null;
  const needsRole = actor.role === "PROFESSIONAL" || actor.role === "OPERATOR";
  const [consent, delegation, deskSession, role, application] = await Promise.all([
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
    actor.role === "FACILITY"
      ? tx.facilityApplication.findFirst({ where: { id: actor.personId, facilityId: actor.facilityId ?? "", revokedAt: null }, select: { id: true } })
      : null,
  ]);
  const holdsRole = actor.role === "FACILITY" ? application !== null : role !== null;
  return { personId: person.id, birthDate: person.birthDate, consent, delegation, deskSession, actorHoldsRole: holdsRole };
}

/** Whether the actor holds, in the database now, the staff role they act under. */
export async function actorHoldsRole(tx: Tx, actor: Actor): Promise<boolean> {
  if (actor.role === "CITIZEN" || actor.role === "DELEGATE") return false;
  return (await tx.personRole.findFirst({ where: { personId: actor.personId, role: actor.role }, select: { id: true } })) !== null;
}

/** A document's visibility flags and its publishing facility, or null when the record has no such document in force. */
export async function loadDocumentFacts(tx: Tx, subjectId: string, documentId: string): Promise<{ flags: DocumentFlags; facilityId: string } | null> {
  const [document] = await tx.$queryRaw<
    { obscuredAtSource: boolean; obscuredByCitizen: boolean; hiddenFromParents: boolean; hiddenFromPatient: boolean; heightenedProtection: boolean; facilityId: string }[]
  >(sql`
    SELECT "obscuredAtSource", "obscuredByCitizen", "hiddenFromParents", "hiddenFromPatient", "heightenedProtection", "facilityId"
    FROM "Document" WHERE "id" = ${documentId} AND "patientId" = ${subjectId} AND "status" <> 'WITHDRAWN'`);
  if (!document) return null;
  const flags = {
    obscured: document.obscuredAtSource || document.obscuredByCitizen,
    hiddenFromParents: document.hiddenFromParents,
    hiddenFromPatient: document.hiddenFromPatient,
    heightenedProtection: document.heightenedProtection,
  };
  return { flags, facilityId: document.facilityId };
}

/** Whose record a document id belongs to, for logging an attempt on it from another record. */
export async function documentOwner(tx: Tx, documentId: string): Promise<string | null> {
  const document = await tx.document.findUnique({ where: { id: documentId }, select: { patientId: true } });
  return document?.patientId ?? null;
}

const VERIFY_PAGE = 5_000;

/** Every sealed access-log row, in chain order (subject, then place), one page at a time, for the verifier. */
type LogRow = Awaited<ReturnType<Db["accessLogEntry"]["findMany"]>>[number];

export async function* sealedLogEntries(database: Db): AsyncGenerator<LogRow> {
  let after: { subjectId: string; chainIndex: number } | null = null;
  for (;;) {
    const page: LogRow[] = await database.accessLogEntry.findMany({
      where: {
        chainIndex: { not: null },
        ...(after ? { OR: [{ subjectId: { gt: after.subjectId } }, { subjectId: after.subjectId, chainIndex: { gt: after.chainIndex } }] } : {}),
      },
      orderBy: [{ subjectId: "asc" }, { chainIndex: "asc" }],
      take: VERIFY_PAGE,
    });
    yield* page;
    if (page.length < VERIFY_PAGE) return;
    const last: LogRow = page.at(-1)!;
    after = { subjectId: last.subjectId, chainIndex: last.chainIndex! };
  }
}

export async function logHeadsAndPending(database: Db) {
  const [heads, pending, oldestPending] = await Promise.all([
    database.accessLogHead.findMany({ orderBy: { subjectId: "asc" } }),
    database.accessLogEntry.count({ where: { hash: null } }),
    database.accessLogEntry.findFirst({ where: { hash: null }, orderBy: { seq: "asc" }, select: { at: true } }),
  ]);
  return { heads, pending, oldestPendingAt: oldestPending?.at ?? null };
}

export type ChainHead = { subjectId: string; count: number; hash: string };

/**
 * Where each chain stood at `cut`, for the chains sealed further since `from` (all chains when `from` is
 * null): what a checkpoint records. A chain's hash at place n commits to its rows 1..n.
 */
export async function chainHeadsSealedBetween(database: Db, from: Date | null, cut: Date): Promise<ChainHead[]> {
  const moved = await database.accessLogEntry.groupBy({
    by: ["subjectId"],
    where: { sealedAt: from ? { gt: from, lte: cut } : { lte: cut } },
    _max: { chainIndex: true },
    orderBy: { subjectId: "asc" },
  });
  const heads: ChainHead[] = [];
  for (let i = 0; i < moved.length; i += 500) {
    const page = moved.slice(i, i + 500);
    const rows = await database.accessLogEntry.findMany({
      where: { OR: page.map((m) => ({ subjectId: m.subjectId, chainIndex: m._max.chainIndex! })) },
      select: { subjectId: true, chainIndex: true, hash: true },
    });
    for (const row of rows) heads.push({ subjectId: row.subjectId, count: row.chainIndex!, hash: row.hash! });
  }
  return heads.sort((a, b) => (a.subjectId < b.subjectId ? -1 : 1));
}
