import "server-only";
import { cache } from "react";
import { withAccess } from "@/lib/access/gate";
import { requireUser } from "@/lib/auth/session";
import { consentOverview } from "@/lib/consents/data";
import { db } from "@/lib/db/client";
import { profileOf } from "./data";
import { buildChoicesSummary } from "./summary";

async function selfRequest(purpose: string) {
  const user = await requireUser();
  return { actor: { personId: user.personId, role: "CITIZEN" as const, displayName: `${user.givenName} ${user.familyName}` }, action: "health.read" as const, subjectId: user.personId, purpose };
}

/** The logged-in person's own profile: contacts, preferences, a code awaiting confirmation. */
export const loadProfile = cache(async () => withAccess(await db(), await selfRequest("PROFILO"), (subject, tx) => profileOf(tx, subject, new Date())));

/** The first-access page: the profile and the consent choices as they stand. */
export const loadFirstAccess = cache(async () =>
  withAccess(await db(), await selfRequest("PRIMO_ACCESSO"), async (subject, tx) => ({ profile: await profileOf(tx, subject, new Date()), consents: await consentOverview(tx, subject) })),
);

/** A PDF of what the person chose: contacts, notifications, consents. */
export async function loadChoicesSummary() {
  const outcome = await withAccess(await db(), await selfRequest("RIEPILOGO_SCELTE"), async (subject, tx) => ({
    profile: await profileOf(tx, subject, new Date()),
    consents: await consentOverview(tx, subject),
  }));
  if (!outcome.allowed) return null;
  return buildChoicesSummary({ ...outcome.value, issuedAt: new Date() });
}
