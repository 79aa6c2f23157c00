"use server";

import { msg } from "@/lib/i18n/translate";
import { redirect } from "next/navigation";
import { withAccess } from "@/lib/access/gate";
import { currentProfessional } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { findPersonByFiscalCode } from "@/lib/people/data";
import { openEmergencyAccess } from "./mutations";
import { patientLookupSchema } from "./schema";

export type LookupState = {
  status: "idle" | "error" | "denied";
  message: string;
  fieldErrors?: Partial<Record<"fiscalCode" | "reason", string>>;
  /** What was typed, given back so that a refused form keeps it (React resets forms after an action). */
  values?: { fiscalCode: string; reason: string };
};

// One answer for "no such patient" and "no consent": the professional must not learn what exists.
const DENIED: LookupState = {
  status: "denied",
  message: msg("Non puoi consultare il fascicolo di questo assistito: non c'è il consenso necessario. Nessun dato è stato mostrato."),
};

export async function openPatientRecord(_previous: LookupState, form: FormData): Promise<LookupState> {
  const values = { fiscalCode: String(form.get("fiscalCode") ?? "").slice(0, 30), reason: String(form.get("reason") ?? "").slice(0, 500) };
  const parsed = patientLookupSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) {
    const fieldErrors: LookupState["fieldErrors"] = {};
    for (const issue of parsed.error.issues) fieldErrors[issue.path[0] as "fiscalCode" | "reason"] ??= issue.message;
    return { status: "error", message: msg("Controlla i dati inseriti."), fieldErrors, values };
  }
  const professional = await currentProfessional();
  if (!professional) return { status: "error", message: msg("Questa funzione è riservata ai professionisti sanitari.") };
  const database = await db();
  const patient = await findPersonByFiscalCode(database, parsed.data.fiscalCode);
  if (!patient) return { ...DENIED, values };
  const emergencyReason = parsed.data.emergency ? parsed.data.reason : undefined;
  const outcome = await withAccess(
    database,
    { actor: professional.actor, action: "document.list", subjectId: patient.id, purpose: "CURA", ...(emergencyReason ? { emergencyReason } : {}) },
    async (subject, tx) => {
      if (emergencyReason) await openEmergencyAccess(tx, subject, emergencyReason, new Date());
    },
  );
  if (!outcome.allowed) return { ...DENIED, values };
  redirect(`/professionista/pazienti/${patient.id}`);
}
