import "server-only";
import type { Db, Tx } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import { loadDocumentFlags, loadSubjectFacts } from "./data";
import { appendAccessLog } from "./mutations";
import { decide } from "./policy";
import type { Action, Actor, Basis, DenyReason, Resource, VisibilityFilter } from "./types";

declare const authorizedBrand: unique symbol;

/**
 * Proof that the gate allowed `actor` to act on `subjectId`'s record. Only this module mints it, so a
 * data function that requires one cannot be called on an unchecked subject.
 */
export type AuthorizedSubject = {
  readonly subjectId: string;
  readonly actor: Actor;
  readonly basis: Basis;
  readonly visibility: VisibilityFilter;
  readonly documentId: string | null;
  readonly [authorizedBrand]: true;
};

export type AccessRequest = {
  actor: Actor;
  action: Action;
  subjectId: string;
  documentId?: string;
  /** Purpose recorded in the log, e.g. "CONSULTAZIONE", "DOWNLOAD". */
  purpose: string;
  /** A professional's emergency access (break the glass), with the written reason that is logged. */
  emergencyReason?: string;
};

export type GateOutcome<T> = { allowed: true; value: T } | { allowed: false; reason: DenyReason };

const MAX_APPEND_ATTEMPTS = 5;

function isRetryable(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  // P2002: a concurrent first append created the chain head; P2034: write conflict or deadlock.
  return code === "P2002" || code === "P2034";
}

/**
 * Loads the facts, decides, writes the access-log row, and only if allowed runs `read` — all in one
 * transaction. If the log row cannot be written nothing is served: the error propagates (fail closed).
 */
export async function withAccess<T>(
  database: Db,
  request: AccessRequest,
  read: (subject: AuthorizedSubject, tx: Tx) => Promise<T>,
  clock: () => Date = () => new Date(),
): Promise<GateOutcome<T>> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await inTransaction(database, (tx) => decideLogAndRead(tx, request, read, clock()));
    } catch (error) {
      if (attempt >= MAX_APPEND_ATTEMPTS || !isRetryable(error)) throw error;
    }
  }
}

async function decideLogAndRead<T>(
  tx: Tx,
  request: AccessRequest,
  read: (subject: AuthorizedSubject, tx: Tx) => Promise<T>,
  now: Date,
): Promise<GateOutcome<T>> {
  const subject = await loadSubjectFacts(tx, request.actor, request.subjectId);
  if (!subject) throw new Error("access requested for an unknown subject");
  let resource: Resource = { kind: "record" };
  if (request.documentId !== undefined) {
    const flags = await loadDocumentFlags(tx, subject.personId, request.documentId);
    resource = flags ? { kind: "document", id: request.documentId, flags } : { kind: "missing" };
  }
  const emergency = request.emergencyReason !== undefined;
  if (emergency && request.emergencyReason!.trim().length < 10) throw new Error("an emergency access needs a written reason");
  const decision = decide(request.actor, request.action, subject, resource, now, { emergency });
  await appendAccessLog(tx, {
    at: now,
    actorId: request.actor.personId,
    actorRole: request.actor.role,
    basis: decision.allow ? decision.basis : null,
    subjectId: subject.personId,
    action: request.action,
    resourceType: request.documentId === undefined ? "RECORD" : "DOCUMENT",
    resourceId: request.documentId ?? null,
    outcome: decision.allow ? "ALLOW" : "DENY",
    reason: decision.reason,
    purpose: emergency ? "EMERGENZA" : request.purpose,
    detail: emergency ? request.emergencyReason!.trim().slice(0, 500) : null,
  });
  if (!decision.allow) return { allowed: false, reason: decision.reason };
  const authorized = {
    subjectId: subject.personId,
    actor: request.actor,
    basis: decision.basis,
    visibility: decision.visibility,
    documentId: request.documentId ?? null,
  } as AuthorizedSubject;
  return { allowed: true, value: await read(authorized, tx) };
}
