import "server-only";
import { cache } from "react";
import { withAccess } from "@/lib/access/gate";
import { requireActingContext } from "@/lib/delegations/context";
import { db } from "@/lib/db/client";
import { consentOverview } from "./data";

export const loadMyConsents = cache(async () => {
  const { actor, subjectId } = await requireActingContext();
  const outcome = await withAccess(
    await db(),
    { actor, action: "consent.read", subjectId, purpose: "CONSULTAZIONE" },
    (subject, tx) => consentOverview(tx, subject),
  );
  return outcome;
});
