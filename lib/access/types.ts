// The vocabulary of access decisions (ARCHITECTURE §4): who acts, on what basis, doing what, on which
// record and document, and why a request is refused.

/** FACILITY: a facility's software publishing through the gateway API (its id is the application's). */
export type ActorRole = "CITIZEN" | "DELEGATE" | "OPERATOR" | "PROFESSIONAL" | "ADMIN" | "FACILITY";
/** SELF_CERTIFICATION: a parent's online request for a minor's record (DPR 445/2000), which grants no reading. */
/** PUBLICATION: a facility's application writing the documents it produces (create, replace, withdraw, metadata). */
export type Basis = "SELF" | "DELEGATION" | "DESK_MANDATE" | "CONSENT" | "EMERGENCY" | "SELF_CERTIFICATION" | "PUBLICATION"
  /** An administrator's reading of the region's figures: counts over everyone, never one person's record. */
  | "AGGREGATE";

export type Action =
  | "document.list"
  | "document.read"
  | "document.download"
  | "document.visibility" // obscure or un-obscure a document
  | "accessLog.read"
  | "consent.read"
  | "consent.manage"
  | "delegation.manage" // register, confirm or end a delegation on this record
  | "delegation.respond" // the delegate accepts, declines or gives up their own delegation
  | "delegation.request" // a parent asks online for access to a minor's record
  | "delegation.read" // the delegations given on this record, held or awaited by its person
  | "notification.read" // the person's own inbox (reading marks the notices as read)
  | "notification.manage" // the person's own choice of receiving notices
  | "desk.session" // an operator opens or closes a desk session for the citizen at the desk
  | "health.read" // the health areas: prescriptions, vaccinations, exemptions, bookings, notebook…
  | "health.manage" // booking, cancelling, self-certifying, writing in the notebook
  | "document.publish" // a facility publishes, replaces or withdraws a document, or changes its metadata
  | "monitoring.read"; // the region's aggregate indicators (administrators only), never a single record

/** The areas a delegation can cover. */
export type Area = "documenti" | "accessi" | "consensi" | "deleghe";

/**
 * Who acts. `personId` is the person logged in, or for a FACILITY the application's id (it is what the
 * access log names); `facilityId` is the facility a FACILITY actor belongs to.
 */
export type Actor = { personId: string; role: ActorRole; displayName: string; facilityId?: string };

export type DelegationKind = "TRUSTED" | "PARENT" | "GUARDIAN";
export type DelegationStatus = "PENDING" | "ACTIVE" | "REJECTED" | "REVOKED";

export type DelegationFacts = {
  kind: DelegationKind;
  status: DelegationStatus;
  startsAt: Date;
  endsAt: Date | null;
  scope: Area[];
  canManage: boolean;
};

export type ConsentFacts = { care: boolean; emergency: boolean; heightenedProtection: boolean };

/** Facts about the subject and the actor's relation to them, loaded from the database on every request. */
export type SubjectFacts = {
  personId: string;
  birthDate: Date;
  /** The subject's consents; loaded only for a professional, the one actor they govern. */
  consent: ConsentFacts | null;
  /** The actor's delegation for this subject, when the actor is a delegate. */
  delegation: DelegationFacts | null;
  /** The operator's desk session for this subject, when the actor is an operator. */
  deskSession: { expiresAt: Date; endedAt: Date | null } | null;
  /** Whether the actor holds the role they claim (professional, operator; for a facility: its application is not revoked). */
  actorHoldsRole: boolean;
};

/** The visibility flags of one document (national codes P99, P97, P98 and "maggior tutela"). */
export type DocumentFlags = {
  obscured: boolean; // P99, at source or chosen by the citizen
  hiddenFromParents: boolean; // P97
  hiddenFromPatient: boolean; // P98
  heightenedProtection: boolean; // maggior tutela
};

/**
 * A document names the facility that published it, which alone may change it. `aggregate`: the whole
 * region's figures, which name no record; only an administrator may ask for them.
 */
export type Resource = { kind: "record" } | { kind: "document"; id: string; flags: DocumentFlags; facilityId?: string } | { kind: "missing" } | { kind: "aggregate" };

/** Which documents a list may show: each true flag removes the documents that carry it. */
export type VisibilityFilter = {
  excludeObscured: boolean;
  excludeHiddenFromParents: boolean;
  excludeHiddenFromPatient: boolean;
  excludeHeightenedProtection: boolean;
};

/** A professional's request may be an emergency access (break the glass), always with a reason. */
export type RequestContext = { emergency: boolean };

export type DenyReason =
  | "NO_BASIS"
  | "ROLE_NOT_ALLOWED"
  | "MINOR_SELF_ACCESS"
  | "HIDDEN_FROM_PATIENT"
  | "NOT_VISIBLE"
  | "NOT_FOUND"
  | "NO_CONSENT"
  | "NO_EMERGENCY_CONSENT"
  | "DELEGATION_PENDING"
  | "DELEGATION_ENDED"
  | "DELEGATION_EXPIRED"
  | "DELEGATION_ENDED_AT_MAJORITY"
  | "OUT_OF_SCOPE"
  | "DESK_SESSION_EXPIRED"
  | "SUBJECT_NOT_MINOR"
  /** A facility asked to change a document another facility published. */
  | "NOT_PUBLISHER"
  /** Logged on the owner's record when someone asks for one of its documents from another record. */
  | "OTHER_RECORD";

export type Decision =
  | { allow: true; basis: Basis; visibility: VisibilityFilter; reason: "ALLOWED" }
  | { allow: false; reason: DenyReason };
