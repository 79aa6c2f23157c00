import type { Action, Actor, Decision, Resource, SubjectFacts, VisibilityFilter } from "./types";

// The access policy: a pure function of the facts, with no I/O. The gate loads the facts, calls it and
// logs what it returns. Bases other than SELF arrive with delegations, the desk and consent; until their
// facts exist the policy denies them.

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

const SELF_VISIBILITY: VisibilityFilter = {
  excludeObscured: false, // the citizen always sees what they obscured, marked as such
  excludeHiddenFromParents: false,
  excludeHiddenFromPatient: true, // P98: not released to the patient yet
  excludeHeightenedProtection: false,
};

export function decide(actor: Actor, action: Action, subject: SubjectFacts, resource: Resource, now: Date): Decision {
  if (actor.role === "ADMIN") return { allow: false, reason: "ROLE_NOT_ALLOWED" };
  if (actor.role !== "CITIZEN" || actor.personId !== subject.personId) return { allow: false, reason: "NO_BASIS" };
  if (ageOn(subject.birthDate, now) < ADULT_AGE) return { allow: false, reason: "MINOR_SELF_ACCESS" };
  if (resource.kind === "missing") return { allow: false, reason: "NOT_FOUND" };
  if (resource.kind === "document" && resource.flags.hiddenFromPatient) return { allow: false, reason: "HIDDEN_FROM_PATIENT" };
  void action; // every action on one's own record is allowed to an adult citizen
  return { allow: true, basis: "SELF", visibility: SELF_VISIBILITY, reason: "ALLOWED" };
}
