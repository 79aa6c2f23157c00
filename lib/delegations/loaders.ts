import "server-only";
import { cache } from "react";
import { withAccess } from "@/lib/access/gate";
import type { Actor } from "@/lib/access/types";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { awaitingDelegations, delegatedSubjectName, givenDelegations, heldDelegations } from "./data";

/**
 * The logged-in person on their own record. Their delegations are always theirs, also while they consult
 * someone else's record: each read passes the gate on their own record and leaves a row in their log.
 */
export async function ownRecord(): Promise<{ actor: Actor; subjectId: string }> {
  const user = await requireUser();
  return { actor: { personId: user.personId, role: "CITIZEN", displayName: `${user.givenName} ${user.familyName}` }, subjectId: user.personId };
}

/** The records the logged-in person may open for someone else (children, people who delegated them); none when refused. */
export const loadHeldDelegations = cache(async (purpose: string) => {
  const { actor, subjectId } = await ownRecord();
  const outcome = await withAccess(await db(), { actor, action: "delegation.read", subjectId, purpose }, (subject, tx) => heldDelegations(tx, subject, new Date()));
  return outcome.allowed ? outcome.value : [];
});

/** The delegations page: held, given and awaiting, read in one pass of the gate. */
export const loadMyDelegations = cache(async () => {
  const { actor, subjectId } = await ownRecord();
  const now = new Date();
  const outcome = await withAccess(await db(), { actor, action: "delegation.read", subjectId, purpose: "DELEGHE" }, async (subject, tx) => ({
    held: await heldDelegations(tx, subject, now),
    given: await givenDelegations(tx, subject, now),
    awaiting: await awaitingDelegations(tx, subject, now),
  }));
  const config = env();
  const lists = outcome.allowed ? outcome.value : { held: [], given: [], awaiting: [] };
  return { ...lists, limits: { maxMonths: config.DELEGATION_MAX_MONTHS, maxActive: config.DELEGATION_MAX_ACTIVE } };
});

/**
 * The name for the "you are consulting…" banner: the person's own delegation for `subjectId`, read on
 * their own record (any delegation, in force or not: the gate then explains a refusal on the other
 * record); null when they hold none, or may not read their own delegations.
 */
export const loadDelegatedSubjectName = cache(async (subjectId: string) => {
  const { actor, subjectId: self } = await ownRecord();
  const outcome = await withAccess(await db(), { actor, action: "delegation.read", subjectId: self, resource: { type: "PERSON", id: subjectId }, purpose: "PER_CONTO_DI" }, (subject, tx) =>
    delegatedSubjectName(tx, subject, subjectId),
  );
  return outcome.allowed ? outcome.value : null;
});
