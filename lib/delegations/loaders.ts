import "server-only";
import { cache } from "react";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { awaitingDelegations, givenDelegations, heldDelegations } from "./data";

/** The records the logged-in person may open for someone else (children, people who delegated them). */
export const loadHeldDelegations = cache(async () => heldDelegations(await db(), (await requireUser()).personId, new Date()));

export const loadMyDelegations = cache(async () => {
  const user = await requireUser();
  const database = await db();
  const now = new Date();
  const [held, given, awaiting] = await Promise.all([
    loadHeldDelegations(),
    givenDelegations(database, user.personId, now),
    awaitingDelegations(database, user.personId, now),
  ]);
  const config = env();
  return { held, given, awaiting, limits: { maxMonths: config.DELEGATION_MAX_MONTHS, maxActive: config.DELEGATION_MAX_ACTIVE } };
});
