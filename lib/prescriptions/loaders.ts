import "server-only";
import { cache } from "react";
import { withAccess } from "@/lib/access/gate";
import { requireActingContext } from "@/lib/delegations/context";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { getPrescription, listPrescriptions, prescriptionHolder } from "./data";
import { buildPromemoriaPdf } from "./promemoria";
import type { PrescriptionFilters } from "./schema";

export const PRESCRIPTIONS_PER_PAGE = 20;

/** The e-prescriptions of the record being consulted, newest first; or the gate's refusal. */
export const loadPrescriptions = cache(async (filters: PrescriptionFilters) => {
  const { actor, subjectId } = await requireActingContext();
  return withAccess(await db(), { actor, action: "health.read", subjectId, purpose: "RICETTE" }, (subject, tx) =>
    listPrescriptions(tx, subject, filters, PRESCRIPTIONS_PER_PAGE, new Date()),
  );
});

/** The promemoria PDF of one prescription; null when it is not on the record being consulted. */
export async function loadPromemoria(prescriptionId: string) {
  const { actor, subjectId } = await requireActingContext();
  const outcome = await withAccess(await db(), { actor, action: "health.read", subjectId, purpose: "PROMEMORIA_RICETTA" }, async (subject, tx) => {
    const prescription = await getPrescription(tx, subject, prescriptionId, new Date());
    return prescription ? { prescription, patient: await prescriptionHolder(tx, subject) } : null;
  });
  if (!outcome.allowed || !outcome.value) return null;
  const { prescription, patient } = outcome.value;
  return { nre: prescription.nre, bytes: await buildPromemoriaPdf({ region: env().REGION_NAME, patient, prescription }) };
}
