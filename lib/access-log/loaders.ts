import "server-only";
import { cache } from "react";
import { withAccess } from "@/lib/access/gate";
import { requireActingContext } from "@/lib/delegations/context";
import { db } from "@/lib/db/client";
import { listAccessLog } from "./data";

export const ACCESS_ROWS_PER_PAGE = 50;

/** Who accessed my record: the citizen's own access log. Reading it is itself logged. */
export const loadMyAccessLog = cache(async (before: number | null) => {
  const { actor, subjectId } = await requireActingContext();
  const outcome = await withAccess(
    await db(),
    { actor, action: "accessLog.read", subjectId, purpose: "CONSULTAZIONE" },
    (subject, tx) => listAccessLog(tx, subject, before, ACCESS_ROWS_PER_PAGE),
  );
  return outcome.allowed ? outcome.value : null;
});
