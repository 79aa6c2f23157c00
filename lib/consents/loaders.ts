import "server-only";
import { cache } from "react";
import { withAccess } from "@/lib/access/gate";
import { requireCitizenActor } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { consentOverview } from "./data";

export const loadMyConsents = cache(async () => {
  const actor = await requireCitizenActor();
  const outcome = await withAccess(
    await db(),
    { actor, action: "consent.read", subjectId: actor.personId, purpose: "CONSULTAZIONE" },
    (subject, tx) => consentOverview(tx, subject),
  );
  return outcome.allowed ? outcome.value : null;
});
