import "server-only";
import { cache } from "react";
import { withAccess } from "@/lib/access/gate";
import { requireActingContext } from "@/lib/delegations/context";
import { db } from "@/lib/db/client";
import { labTrend, listMeasuredTests } from "./data";

/** The lab tests of the record being consulted, with their latest values; or the gate's refusal. */
export const loadMeasuredTests = cache(async () => {
  const { actor, subjectId } = await requireActingContext();
  return withAccess(await db(), { actor, action: "document.list", subjectId, purpose: "ANDAMENTO_ESAMI" }, (subject, tx) => listMeasuredTests(tx, subject));
});

/** One test's values over time; or the gate's refusal. */
export const loadLabTrend = cache(async (loinc: string) => {
  const { actor, subjectId } = await requireActingContext();
  return withAccess(await db(), { actor, action: "document.list", subjectId, purpose: "ANDAMENTO_ESAMI" }, (subject, tx) => labTrend(tx, subject, loinc));
});
