// The vocabulary of access decisions (ARCHITECTURE §4). Every actor and basis is named here even where
// the UI does not reach it yet, so the policy and the log speak one language from the start.

export type ActorRole = "CITIZEN" | "DELEGATE" | "OPERATOR" | "PROFESSIONAL" | "ADMIN";
export type Basis = "SELF" | "DELEGATION" | "DESK_MANDATE" | "CONSENT" | "EMERGENCY";

export type Action =
  | "document.list"
  | "document.read"
  | "document.download"
  | "accessLog.read";

export type Actor = { personId: string; role: ActorRole; displayName: string };

/** Facts about the subject whose record is touched, loaded from the database on every request. */
export type SubjectFacts = { personId: string; birthDate: Date };

/** The visibility flags of one document (national codes P99, P97, P98 and "maggior tutela"). */
export type DocumentFlags = {
  obscured: boolean; // P99, at source or chosen by the citizen
  hiddenFromParents: boolean; // P97
  hiddenFromPatient: boolean; // P98
  heightenedProtection: boolean; // maggior tutela
};

export type Resource = { kind: "record" } | { kind: "document"; id: string; flags: DocumentFlags } | { kind: "missing" };

/** Which documents a list may show: each true flag removes the documents that carry it. */
export type VisibilityFilter = {
  excludeObscured: boolean;
  excludeHiddenFromParents: boolean;
  excludeHiddenFromPatient: boolean;
  excludeHeightenedProtection: boolean;
};

export type DenyReason =
  | "NO_BASIS"
  | "MINOR_SELF_ACCESS"
  | "HIDDEN_FROM_PATIENT"
  | "NOT_FOUND"
  | "ROLE_NOT_ALLOWED";

export type Decision =
  | { allow: true; basis: Basis; visibility: VisibilityFilter; reason: "ALLOWED" }
  | { allow: false; reason: DenyReason };
