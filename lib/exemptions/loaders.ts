import "server-only";
import { cache } from "react";
import { withAccess } from "@/lib/access/gate";
import { requireActingContext } from "@/lib/delegations/context";
import { db } from "@/lib/db/client";
import { getSelfCertification, listExemptions } from "./data";
import { buildSelfCertificationReceipt } from "./receipt";

/** The exemptions of the record being consulted; or the gate's refusal. */
export const loadExemptions = cache(async () => {
  const { actor, subjectId } = await requireActingContext();
  return withAccess(await db(), { actor, action: "health.read", subjectId, purpose: "ESENZIONI" }, (subject, tx) => listExemptions(tx, subject, new Date()));
});

/** The receipt PDF of one self-certification of this record; null when it is not there. */
export async function loadSelfCertificationReceipt(id: string) {
  const { actor, subjectId } = await requireActingContext();
  const outcome = await withAccess(await db(), { actor, action: "health.read", subjectId, purpose: "RICEVUTA_ESENZIONE" }, (subject, tx) => getSelfCertification(tx, subject, id));
  if (!outcome.allowed || !outcome.value) return null;
  return { code: outcome.value.code, bytes: await buildSelfCertificationReceipt(outcome.value) };
}
