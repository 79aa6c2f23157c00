import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import type { Actor } from "@/lib/access/types";
import { currentUser, requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { delegatedSubjectName } from "./data";

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
 * for the gate, which then checks the delegation itself on every request.
 */
export const requireActingContext = cache(async (): Promise<ActingContext> => {
  const user = await requireUser();
  const displayName = `${user.givenName} ${user.familyName}`;
  const chosen = (await cookies()).get(ACTING_FOR_COOKIE)?.value;
  if (chosen && chosen !== user.personId) {
    const name = await delegatedSubjectName(await db(), user.personId, chosen);
    if (name) return { actor: { personId: user.personId, role: "DELEGATE", displayName }, subjectId: chosen, actingFor: { name } };
  }
  return { actor: { personId: user.personId, role: "CITIZEN", displayName }, subjectId: user.personId, actingFor: null };
});

/** The name of the person whose record is being consulted on someone else's behalf, if any. */
export async function actingForName(): Promise<string | null> {
  if (!(await currentUser())) return null;
  return (await requireActingContext()).actingFor?.name ?? null;
}
