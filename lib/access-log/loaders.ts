import "server-only";
import { cache } from "react";
import { withAccess } from "@/lib/access/gate";
import { requireActingContext } from "@/lib/delegations/context";
import { db } from "@/lib/db/client";
import { listAccessLog } from "./data";
import type { AccessLogFilters } from "./schema";

export const ACCESS_ROWS_PER_PAGE = 50;
/** The download holds at most this many rows; the page says so when a period holds more. */
export const ACCESS_ROWS_PER_DOWNLOAD = 10_000;

/** Who accessed my record: the citizen's own access log. Reading it is itself logged. */
export const loadMyAccessLog = cache(async (filters: AccessLogFilters, pageSize: number = ACCESS_ROWS_PER_PAGE) => {
  const { actor, subjectId } = await requireActingContext();
  const outcome = await withAccess(
    await db(),
    { actor, action: "accessLog.read", subjectId, purpose: pageSize === ACCESS_ROWS_PER_DOWNLOAD ? "DOWNLOAD" : "CONSULTAZIONE" },
    (subject, tx) => listAccessLog(tx, subject, filters, pageSize),
  );
  return outcome;
});
