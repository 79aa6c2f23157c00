import "server-only";
import { cache } from "react";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { givenDelegations, heldDelegations } from "./data";

export const loadMyDelegations = cache(async () => {
  const user = await requireUser();
  const database = await db();
  const [held, given] = await Promise.all([heldDelegations(database, user.personId, new Date()), givenDelegations(database, user.personId, new Date())]);
  return { held, given };
});
