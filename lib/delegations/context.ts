import "server-only";
import { cache } from "react";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import type { Actor } from "@/lib/access/types";
import { mustCompleteFirstAccess } from "@/lib/auth/first-access";
import { REQUEST_PATH_HEADER } from "@/lib/auth/return-path";
import { currentUser, requireUser } from "@/lib/auth/session";
import { loadDelegatedSubjectName } from "./loaders";
import { SHOWN_SUBJECT_FIELD } from "./shown-subject";

/** The cookie that remembers whose record the person chose to consult. It grants nothing by itself. */
export const ACTING_FOR_COOKIE = "fascicolo-per-conto-di";

export type ActingContext = {
  actor: Actor;
  subjectId: string;
  /** Set when the person acts for someone else: the name shown in the "you are consulting…" banner. */
  actingFor: { name: string } | null;
};

/**
 * Whose record this request is about, and as whom. Acting for someone else makes the person a DELEGATE
 * for the gate, which then checks the delegation itself on every request. Every page of the citizen area
 * passes here (through its loaders or the layout), so the first access is enforced here too.
 */
export const requireActingContext = cache(async (): Promise<ActingContext> => {
  const user = await requireUser();
  if (mustCompleteFirstAccess(user, (await headers()).get(REQUEST_PATH_HEADER), new Date())) redirect("/benvenuto");
  const displayName = `${user.givenName} ${user.familyName}`;
  const chosen = (await cookies()).get(ACTING_FOR_COOKIE)?.value;
  if (chosen && chosen !== user.personId) {
    // The name comes from the person's own delegations, read through the gate on their own record.
    const name = await loadDelegatedSubjectName(chosen);
    if (name) return { actor: { personId: user.personId, role: "DELEGATE", displayName }, subjectId: chosen, actingFor: { name } };
  }
  return { actor: { personId: user.personId, role: "CITIZEN", displayName }, subjectId: user.personId, actingFor: null };
});

/**
 * For an action posted from a page of someone's record: the acting context, or null when the form's
 * page showed another person's record than the one open now (see SHOWN_SUBJECT_FIELD).
 */
export async function requireActingContextFor(form: FormData): Promise<ActingContext | null> {
  const context = await requireActingContext();
  return form.get(SHOWN_SUBJECT_FIELD) === context.subjectId ? context : null;
}

/** The name of the person whose record is being consulted on someone else's behalf, if any. */
export async function actingForName(): Promise<string | null> {
  if (!(await currentUser())) return null;
  return (await requireActingContext()).actingFor?.name ?? null;
}

/**
 * What a page needs to say whose it is: the logged-in person's name, and the name of the person whose
 * record they consult for someone else (null on their own record).
 */
export async function loadWhoseRecord(): Promise<{ subjectId: string; userName: string; actingFor: string | null }> {
  const { actor, subjectId, actingFor } = await requireActingContext();
  return { subjectId, userName: actor.displayName, actingFor: actingFor?.name ?? null };
}
