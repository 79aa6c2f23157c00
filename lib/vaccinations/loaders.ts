import "server-only";
import { cache } from "react";
import { withAccess } from "@/lib/access/gate";
import { requireActingContext } from "@/lib/delegations/context";
import { loadHeldDelegations } from "@/lib/delegations/loaders";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { buildVaccinationCertificate } from "./certificate";
import { listVaccinations, vaccinatedPerson } from "./data";

/** The vaccination history of the record being consulted; or the gate's refusal. */
export const loadVaccinations = cache(async () => {
  const { actor, subjectId, actingFor } = await requireActingContext();
  const outcome = await withAccess(await db(), { actor, action: "health.read", subjectId, purpose: "VACCINAZIONI" }, (subject, tx) => listVaccinations(tx, subject));
  // On their own page, a parent is offered the children whose records they may open.
  const children = actingFor ? [] : (await loadHeldDelegations("VACCINAZIONI")).filter((held) => held.kind !== "TRUSTED").map((held) => ({ id: held.subjectId, name: held.subjectName }));
  return { outcome, children };
});

/** The vaccination certificate PDF of the record being consulted; null when refused. */
export async function loadVaccinationCertificate() {
  const { actor, subjectId } = await requireActingContext();
  const outcome = await withAccess(await db(), { actor, action: "health.read", subjectId, purpose: "CERTIFICATO_VACCINALE" }, async (subject, tx) => ({
    person: await vaccinatedPerson(tx, subject),
    vaccinations: await listVaccinations(tx, subject),
  }));
  if (!outcome.allowed) return null;
  const issuedAt = new Date();
  return { bytes: await buildVaccinationCertificate({ region: env().REGION_NAME, issuedAt, ...outcome.value }), issuedAt };
}
