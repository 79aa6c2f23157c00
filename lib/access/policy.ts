import type { Action, Actor, Area, Basis, Decision, DenyReason, DocumentFlags, RequestContext, Resource, SubjectFacts, VisibilityFilter } from "./types";

// The access policy: a pure function of the facts, with no I/O. The gate loads the facts, calls it and
// logs what it returns. Rules are checked in order and the first refusal wins (deny overrides allow).

export const ADULT_AGE = 18;

/** Full years between birth and `now`, computed on calendar dates in UTC. */
export function ageOn(birthDate: Date, now: Date): number {
  let age = now.getUTCFullYear() - birthDate.getUTCFullYear();
  const beforeBirthday =
    now.getUTCMonth() < birthDate.getUTCMonth() ||
    (now.getUTCMonth() === birthDate.getUTCMonth() && now.getUTCDate() < birthDate.getUTCDate());
  if (beforeBirthday) age -= 1;
  return age;
}

const MANAGEMENT: ReadonlySet<Action> = new Set(["document.visibility", "consent.manage", "delegation.manage", "health.manage"]);
const DOCUMENT_ACTIONS: ReadonlySet<Action> = new Set(["document.list", "document.read", "document.download", "document.visibility"]);
const PRIVACY_ACTIONS: ReadonlySet<Action> = new Set(["accessLog.read", "consent.read", "consent.manage", "delegation.manage", "delegation.read"]);
// Each role's actions are listed; any other action is refused (deny by default), so an action added
// later opens nothing until a role is given it here.
/** The citizen on their own record: all of it, their inbox included; answering a delegation is a delegate's part, the desk an operator's. */
const CITIZEN_ACTIONS: ReadonlySet<Action> = new Set([...DOCUMENT_ACTIONS, ...PRIVACY_ACTIONS, "health.read", "health.manage", "notification.read", "notification.manage"]);
/** A delegate, within the delegation's scope; never the person's inbox, which is theirs alone. */
const DELEGATE_ACTIONS: ReadonlySet<Action> = new Set([...DOCUMENT_ACTIONS, ...PRIVACY_ACTIONS, "health.read", "health.manage", "delegation.respond"]);
/** The desk: privacy operations and printing for the citizen present; not their health areas, not their inbox. */
const DESK_ACTIONS: ReadonlySet<Action> = new Set([...DOCUMENT_ACTIONS, ...PRIVACY_ACTIONS]);

export function areaOf(action: Action): Area {
  if (action === "accessLog.read") return "accessi";
  if (action.startsWith("consent.")) return "consensi";
  if (action.startsWith("delegation.")) return "deleghe";
  return "documenti";
}

const deny = (reason: DenyReason): Decision => ({ allow: false, reason });

/** Answering or requesting a delegation shows nothing of the record: every document stays out. */
const NOTHING: VisibilityFilter = { excludeObscured: true, excludeHiddenFromParents: true, excludeHiddenFromPatient: true, excludeHeightenedProtection: true };

function hiddenBy(flags: DocumentFlags, visibility: VisibilityFilter): boolean {
  return (
    (visibility.excludeObscured && flags.obscured) ||
    (visibility.excludeHiddenFromParents && flags.hiddenFromParents) ||
    (visibility.excludeHiddenFromPatient && flags.hiddenFromPatient) ||
    (visibility.excludeHeightenedProtection && flags.heightenedProtection)
  );
}

/** Applies the visibility filter to a single document, or allows a record-level action. */
function allowWith(basis: Basis, visibility: VisibilityFilter, resource: Resource, hiddenReason: DenyReason): Decision {
  if (resource.kind === "missing") return deny("NOT_FOUND");
  if (resource.kind === "document" && hiddenBy(resource.flags, visibility)) return deny(hiddenReason);
  return { allow: true, basis, visibility, reason: "ALLOWED" };
}

/** A parent's online request for a minor's record: it opens nothing until a desk operator confirms it. */
function parentalRequest(actor: Actor, subject: SubjectFacts, resource: Resource, now: Date): Decision {
  if (actor.personId === subject.personId || resource.kind !== "record") return deny("NO_BASIS");
  if (ageOn(subject.birthDate, now) >= ADULT_AGE) return deny("SUBJECT_NOT_MINOR");
  return { allow: true, basis: "SELF_CERTIFICATION", visibility: NOTHING, reason: "ALLOWED" };
}

function citizen(actor: Actor, action: Action, subject: SubjectFacts, resource: Resource, now: Date): Decision {
  if (action === "delegation.request") return parentalRequest(actor, subject, resource, now);
  if (!CITIZEN_ACTIONS.has(action)) return deny("ROLE_NOT_ALLOWED");
  if (actor.personId !== subject.personId) return deny("NO_BASIS");
  if (ageOn(subject.birthDate, now) < ADULT_AGE) return deny("MINOR_SELF_ACCESS");
  // The citizen sees what they or the producer obscured (marked), P97 and maggior tutela documents;
  // P98 documents only once released.
  const visibility = { excludeObscured: false, excludeHiddenFromParents: false, excludeHiddenFromPatient: true, excludeHeightenedProtection: false };
  return allowWith("SELF", visibility, resource, "HIDDEN_FROM_PATIENT");
}

function delegate(action: Action, subject: SubjectFacts, resource: Resource, now: Date): Decision {
  if (!DELEGATE_ACTIONS.has(action)) return deny("ROLE_NOT_ALLOWED");
  const delegation = subject.delegation;
  if (!delegation) return deny("NO_BASIS");
  // The delegate may answer a delegation that awaits them, and give up one in force, whatever its scope.
  const responding = action === "delegation.respond";
  const awaitingAnswer = responding && delegation.status === "PENDING";
  if (!awaitingAnswer && (delegation.status === "PENDING" || now < delegation.startsAt)) return deny("DELEGATION_PENDING");
  if (delegation.status !== "ACTIVE" && delegation.status !== "PENDING") return deny("DELEGATION_ENDED");
  if (delegation.endsAt && now >= delegation.endsAt) return deny("DELEGATION_EXPIRED");
  const adult = ageOn(subject.birthDate, now) >= ADULT_AGE;
  // Parental access ends on the 18th birthday; a trusted-person delegation is between adults.
  if (delegation.kind === "PARENT" && adult) return deny("DELEGATION_ENDED_AT_MAJORITY");
  if (delegation.kind === "TRUSTED" && !adult) return deny("NO_BASIS");
  if (responding) return resource.kind === "record" ? { allow: true, basis: "DELEGATION", visibility: NOTHING, reason: "ALLOWED" } : deny("NOT_FOUND");
  if (!delegation.scope.includes(areaOf(action))) return deny("OUT_OF_SCOPE");
  if (MANAGEMENT.has(action) && !delegation.canManage) return deny("OUT_OF_SCOPE");
  const parental = delegation.kind !== "TRUSTED";
  const visibility = { excludeObscured: true, excludeHiddenFromParents: parental, excludeHiddenFromPatient: true, excludeHeightenedProtection: true };
  return allowWith("DELEGATION", visibility, resource, "NOT_VISIBLE");
}

function operator(action: Action, subject: SubjectFacts, resource: Resource, now: Date): Decision {
  if (!subject.actorHoldsRole) return deny("ROLE_NOT_ALLOWED");
  // Opening (or closing) a session is what creates the mandate: the role and an existing person suffice,
  // the identity check is recorded with the session, and the session itself opens nothing of the record.
  if (action === "desk.session") return resource.kind === "record" ? { allow: true, basis: "DESK_MANDATE", visibility: NOTHING, reason: "ALLOWED" } : deny("NOT_FOUND");
  if (!DESK_ACTIONS.has(action)) return deny("ROLE_NOT_ALLOWED");
  const session = subject.deskSession;
  if (!session) return deny("NO_BASIS");
  if (session.endedAt || now >= session.expiresAt) return deny("DESK_SESSION_EXPIRED");
  // At the desk only what may be printed for pickup: never obscured, unreleased or maggior tutela documents.
  // Managing visibility is the exception: the citizen at the desk may ask to un-obscure a document.
  const visibility = { excludeObscured: action !== "document.visibility", excludeHiddenFromParents: false, excludeHiddenFromPatient: true, excludeHeightenedProtection: true };
  return allowWith("DESK_MANDATE", visibility, resource, "NOT_VISIBLE");
}

/** An administrator reads the region's aggregates and nothing else: no record, no document, no other action. */
function admin(action: Action, subject: SubjectFacts, resource: Resource): Decision {
  if (!subject.actorHoldsRole) return deny("ROLE_NOT_ALLOWED");
  if (action !== "monitoring.read" || resource.kind !== "aggregate") return deny("ROLE_NOT_ALLOWED");
  return { allow: true, basis: "AGGREGATE", visibility: NOTHING, reason: "ALLOWED" };
}

function professional(action: Action, subject: SubjectFacts, resource: Resource, context: RequestContext): Decision {
  if (!subject.actorHoldsRole) return deny("ROLE_NOT_ALLOWED");
  if (!DOCUMENT_ACTIONS.has(action) || MANAGEMENT.has(action)) return deny("ROLE_NOT_ALLOWED");
  const consent = subject.consent ?? { care: false, emergency: false, heightenedProtection: false };
  if (context.emergency && !consent.emergency) return deny("NO_EMERGENCY_CONSENT");
  if (!context.emergency && !consent.care) return deny("NO_CONSENT");
  const visibility = {
    excludeObscured: true,
    excludeHiddenFromParents: false,
    excludeHiddenFromPatient: false,
    excludeHeightenedProtection: !consent.heightenedProtection,
  };
  return allowWith(context.emergency ? "EMERGENCY" : "CONSENT", visibility, resource, "NOT_VISIBLE");
}

/**
 * A facility's application publishes into any assisted person's record (every assisted person has an FSE,
 * and the producer files what it produced); it changes only documents its own facility published, and it
 * reads nothing: the capability it gets opens no document.
 */
function facility(actor: Actor, action: Action, subject: SubjectFacts, resource: Resource): Decision {
  if (!subject.actorHoldsRole || !actor.facilityId) return deny("ROLE_NOT_ALLOWED");
  if (action !== "document.publish") return deny("ROLE_NOT_ALLOWED");
  if (resource.kind === "missing") return deny("NOT_FOUND");
  if (resource.kind === "document" && resource.facilityId !== actor.facilityId) return deny("NOT_PUBLISHER");
  return { allow: true, basis: "PUBLICATION", visibility: NOTHING, reason: "ALLOWED" };
}

export function decide(
  actor: Actor,
  action: Action,
  subject: SubjectFacts,
  resource: Resource,
  now: Date,
  context: RequestContext = { emergency: false },
): Decision {
  if (context.emergency && actor.role !== "PROFESSIONAL") return deny("ROLE_NOT_ALLOWED");
  // The region's aggregates are an administrator's alone, and an administrator's only reading.
  if (resource.kind === "aggregate" && actor.role !== "ADMIN") return deny("ROLE_NOT_ALLOWED");
  switch (actor.role) {
    case "ADMIN":
      return admin(action, subject, resource);
    case "CITIZEN":
      return citizen(actor, action, subject, resource, now);
    case "DELEGATE":
      return delegate(action, subject, resource, now);
    case "OPERATOR":
      return operator(action, subject, resource, now);
    case "PROFESSIONAL":
      return professional(action, subject, resource, context);
    case "FACILITY":
      return facility(actor, action, subject, resource);
  }
}
