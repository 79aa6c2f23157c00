import "server-only";
import type { Db, Tx } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import { actorHoldsRole, documentOwner, loadDocumentFacts, loadSubjectFacts } from "./data";
import { appendAccessLog } from "./mutations";
import { decide } from "./policy";
import { notifySealer } from "./sealer";
import type { Action, Actor, Basis, Decision, DenyReason, Resource, VisibilityFilter } from "./types";

export class AccessMisuseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "AccessMisuseError";
  }
}

const MINT: unique symbol = Symbol("AuthorizedSubject.mint");
let expire: (subject: AuthorizedSubject) => void;

/**
 * The capability that opens a patient's data. Only this module can mint one (the mint token never
 * leaves it); `#private` fields make the class nominal, so an object literal, a spread copy or a cast
 * value is not one; each data function asks it for the actions it serves, so a subject authorised for
 * one action cannot be spent on another; and it stops working when the gate's transaction ends.
 */
export class AuthorizedSubject {
  readonly #action: Action;
  #live = true;
  readonly subjectId: string;
  readonly actor: Actor;
  readonly basis: Basis;
  readonly visibility: VisibilityFilter;
  readonly documentId: string | null;

  static {
    expire = (subject) => {
      subject.#live = false;
    };
  }

  constructor(
    mint: typeof MINT,
    fields: { subjectId: string; actor: Actor; action: Action; basis: Basis; visibility: VisibilityFilter; documentId: string | null },
  ) {
    if (mint !== MINT) throw new AccessMisuseError("only the access gate can authorise a subject");
    this.#action = fields.action;
    this.subjectId = fields.subjectId;
    this.actor = Object.freeze({ ...fields.actor });
    this.basis = fields.basis;
    this.visibility = Object.freeze({ ...fields.visibility });
    this.documentId = fields.documentId;
    Object.freeze(this);
  }

  get action(): Action {
    return this.#action;
  }

  /**
   * Checks an untrusted value: a real, live capability minted for one of `actions` (any, if none
   * given). Data functions call this static check, never a method of the value they were handed,
   * which a forged object could bring along.
   */
  static check(value: unknown, ...actions: Action[]): AuthorizedSubject {
    if (typeof value !== "object" || value === null || !(#action in value)) throw new AccessMisuseError("not a subject authorised by the access gate");
    // eslint-disable-next-line no-restricted-syntax -- the brand check above proves it is one
    const subject = value as AuthorizedSubject;
    if (!subject.#live) throw new AccessMisuseError("this authorisation ended with its transaction");
    if (actions.length > 0 && !actions.includes(subject.#action)) {
      throw new AccessMisuseError(`authorised for ${subject.#action}, not for ${actions.join(" | ")}`);
    }
    return subject;
  }
}

export type AccessRequest = {
  actor: Actor;
  action: Action;
  subjectId: string;
  documentId?: string;
  /** Another resource the request names (a notebook entry, a delegation…), recorded in the log. */
  resource?: { type: string; id: string };
  /** Purpose recorded in the log, e.g. "CONSULTAZIONE", "DOWNLOAD". */
  purpose: string;
  /** A professional's emergency access (break the glass), with the written reason that is logged. */
  emergencyReason?: string;
};

export type GateOutcome<T> = { allowed: true; value: T } | { allowed: false; reason: DenyReason };

/**
 * Loads the facts, decides, inserts the access-log row, and only if allowed runs `read` — all in one
 * transaction, committed before anything is returned. If the log row cannot be written nothing is read
 * or served: the error propagates (fail closed). The row is an insert that locks nothing shared, so
 * readers of one record do not wait on each other; the sealer chains it after commit.
 */
export async function withAccess<T>(
  database: Db,
  request: AccessRequest,
  read: (subject: AuthorizedSubject, tx: Tx) => Promise<T>,
  clock: () => Date = () => new Date(),
): Promise<GateOutcome<T>> {
  if (request.emergencyReason !== undefined && request.emergencyReason.trim().length < 10) {
    throw new AccessMisuseError("an emergency access needs a written reason");
  }
  const outcome = await inTransaction(database, (tx) => decideLogAndRead(tx, request, read, clock()));
  notifySealer(database);
  return outcome;
}

/**
 * The gate inside a transaction the caller already holds, for a write that must commit together with
 * other rows (a facility's publication creates the person's record first). The caller commits, and then
 * calls `notifySealer`.
 */
export async function withAccessInTransaction<T>(
  tx: Tx,
  request: AccessRequest,
  work: (subject: AuthorizedSubject, tx: Tx) => Promise<T>,
  now: Date,
): Promise<GateOutcome<T>> {
  return decideLogAndRead(tx, request, work, now);
}

async function decisionFor(tx: Tx, request: AccessRequest, now: Date): Promise<Decision> {
  const subject = await loadSubjectFacts(tx, request.actor, request.subjectId);
  // Nobody by that id: refused and logged like any other refusal, and shown as "not found".
  if (!subject) return { allow: false, reason: "NOT_FOUND" };
  let resource: Resource = { kind: "record" };
  if (request.documentId !== undefined) {
    const facts = await loadDocumentFacts(tx, subject.personId, request.documentId);
    resource = facts ? { kind: "document", id: request.documentId, flags: facts.flags, facilityId: facts.facilityId } : { kind: "missing" };
  }
  return decide(request.actor, request.action, subject, resource, now, { emergency: request.emergencyReason !== undefined });
}

/**
 * A document id asked for from a record it does not belong to: the asker sees "not found", and its owner's
 * log shows the attempt, naming the document (an id guessed or copied from someone else's page).
 */
async function logAttemptOnOwnRecord(tx: Tx, request: AccessRequest, now: Date): Promise<void> {
  const owner = await documentOwner(tx, request.documentId!);
  if (!owner || owner === request.subjectId || owner === request.actor.personId) return;
  await appendAccessLog(tx, {
    at: now,
    actorId: request.actor.personId,
    actorRole: request.actor.role,
    basis: null,
    subjectId: owner,
    action: request.action,
    resourceType: "DOCUMENT",
    resourceId: request.documentId!,
    outcome: "DENY",
    reason: "OTHER_RECORD",
    purpose: request.purpose,
    detail: null,
  });
}

async function decideLogAndRead<T>(
  tx: Tx,
  request: AccessRequest,
  read: (subject: AuthorizedSubject, tx: Tx) => Promise<T>,
  now: Date,
): Promise<GateOutcome<T>> {
  const decision = await decisionFor(tx, request, now);
  const emergency = request.emergencyReason !== undefined;
  await appendAccessLog(tx, {
    at: now,
    actorId: request.actor.personId,
    actorRole: request.actor.role,
    basis: decision.allow ? decision.basis : null,
    subjectId: request.subjectId,
    action: request.action,
    resourceType: request.documentId !== undefined ? "DOCUMENT" : (request.resource?.type ?? "RECORD"),
    resourceId: request.documentId ?? request.resource?.id ?? null,
    outcome: decision.allow ? "ALLOW" : "DENY",
    reason: decision.reason,
    purpose: emergency ? "EMERGENZA" : request.purpose,
    detail: emergency ? request.emergencyReason!.trim().slice(0, 500) : null,
  });
  if (!decision.allow) {
    if (decision.reason === "NOT_FOUND" && request.documentId !== undefined) await logAttemptOnOwnRecord(tx, request, now);
    return { allowed: false, reason: decision.reason };
  }
  const authorized = new AuthorizedSubject(MINT, {
    subjectId: request.subjectId,
    actor: request.actor,
    action: request.action,
    basis: decision.basis,
    visibility: decision.visibility,
    documentId: request.documentId ?? null,
  });
  try {
    return { allowed: true, value: await read(authorized, tx) };
  } finally {
    expire(authorized);
  }
}

/** The subject of the region's aggregates in the access log: no person, the whole region's figures. */
export const REGION_SUBJECT = "REGIONE";

export type AggregateRequest = {
  actor: Actor;
  /** Recorded in the log: "CONSULTAZIONE", "DOWNLOAD_CSV", "DOWNLOAD_JSON". */
  purpose: string;
  /** What was asked (reference date, period), recorded in the log row: never a person. */
  detail: string;
};

/**
 * The gate for the region's aggregate figures (ARCHITECTURE §4: administrators see aggregates only): the
 * actor's role is read from the database, the policy decides, one access-log row on the region records
 * the view, allowed or denied, and only then `read` runs, in the same transaction. The capability it
 * mints is for `monitoring.read` on the region, which no patient-scoped data function accepts.
 */
export async function withAggregateAccess<T>(
  database: Db,
  request: AggregateRequest,
  read: (subject: AuthorizedSubject, tx: Tx) => Promise<T>,
  clock: () => Date = () => new Date(),
): Promise<GateOutcome<T>> {
  const now = clock();
  const outcome = await inTransaction(database, async (tx) => {
    const facts = {
      personId: REGION_SUBJECT,
      birthDate: new Date(0),
      consent: null,
      delegation: null,
      deskSession: null,
      actorHoldsRole: await actorHoldsRole(tx, request.actor),
    };
    const decision = decide(request.actor, "monitoring.read", facts, { kind: "aggregate" }, now);
    await appendAccessLog(tx, {
      at: now,
      actorId: request.actor.personId,
      actorRole: request.actor.role,
      basis: decision.allow ? decision.basis : null,
      subjectId: REGION_SUBJECT,
      action: "monitoring.read",
      resourceType: "AGGREGATE",
      resourceId: null,
      outcome: decision.allow ? "ALLOW" : "DENY",
      reason: decision.reason,
      purpose: request.purpose,
      detail: request.detail.slice(0, 500),
    });
    if (!decision.allow) return { allowed: false as const, reason: decision.reason };
    const authorized = new AuthorizedSubject(MINT, {
      subjectId: REGION_SUBJECT,
      actor: request.actor,
      action: "monitoring.read",
      basis: decision.basis,
      visibility: decision.visibility,
      documentId: null,
    });
    try {
      return { allowed: true as const, value: await read(authorized, tx) };
    } finally {
      expire(authorized);
    }
  });
  notifySealer(database);
  return outcome;
}
