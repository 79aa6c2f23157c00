import "server-only";
import { cache } from "react";
import { withAggregateAccess, type AuthorizedSubject } from "@/lib/access/gate";
import { currentAdministrator } from "@/lib/auth/session";
import { db, type Tx } from "@/lib/db/client";
import { env } from "@/lib/env";
import { measureAvailability, measureIndicators } from "./data";
import { trendDates, windowsFor } from "./periods";
import { assembleReport } from "./report";
import type { MonitoringQuery } from "./schema";
import type { MonitoringReport } from "./types";

/** Why the figures are read, as the access log records it. */
export type MonitoringPurpose = "CONSULTAZIONE" | "DOWNLOAD_CSV" | "DOWNLOAD_JSON";

/** Every figure of the report at the reference date, its 12-month trend and the period's availability. */
export async function readReport(tx: Tx, subject: AuthorizedSubject, query: MonitoringQuery): Promise<MonitoringReport> {
  const windows = windowsFor(query.data, query.periodo);
  // The trend's last date is the reference date itself: its figures are the report's.
  const dates = trendDates(query.data);
  const figures = await measureIndicators(tx, subject, dates.map((date) => windowsFor(date, query.periodo)));
  const availability = await measureAvailability(tx, subject, windows.period);
  return assembleReport(
    { query, windows, current: figures.at(-1)!, trend: dates.map((referenceDate, index) => ({ referenceDate, figures: figures[index]! })), availability },
    { region: env().REGION_NAME, threshold: env().MONITORING_MIN_COUNT },
  );
}

/**
 * The region's report for the administrator logged in, or null for anyone else (the page answers "not
 * found"). One aggregate row in the access log records each view or download, with what was asked.
 */
export const loadMonitoringReport = cache(async (query: MonitoringQuery, purpose: MonitoringPurpose = "CONSULTAZIONE"): Promise<MonitoringReport | null> => {
  const administrator = await currentAdministrator();
  if (!administrator) return null;
  const outcome = await withAggregateAccess(
    await db(),
    { actor: administrator.actor, purpose, detail: `data=${query.data};periodo=${query.periodo}` },
    (subject, tx) => readReport(tx, subject, query),
  );
  return outcome.allowed ? outcome.value : null;
});
