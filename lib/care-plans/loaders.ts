import "server-only";
import { cache } from "react";
import { withAccess } from "@/lib/access/gate";
import { requireActingContext } from "@/lib/delegations/context";
import { db } from "@/lib/db/client";
import { listCarePlans } from "./data";

/** The care plans of the record being consulted; or the gate's refusal. */
export const loadCarePlans = cache(async () => {
  const { actor, subjectId } = await requireActingContext();
  return withAccess(await db(), { actor, action: "health.read", subjectId, purpose: "PRESA_IN_CARICO" }, (subject, tx) => listCarePlans(tx, subject, new Date()));
});
