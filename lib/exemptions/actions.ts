"use server";

import { getT } from "@/lib/i18n/server";
import { msg } from "@/lib/i18n/translate";
import { revalidatePath } from "next/cache";
import { withAccess } from "@/lib/access/gate";
import { requireActingContext } from "@/lib/delegations/context";
import { db } from "@/lib/db/client";
import { invalidForm, typedValues, type FormState } from "@/lib/http/form-state";
import { declareIncomeExemption, revokeIncomeExemption } from "./mutations";
import { declarationFormSchema, selfCertificationIdSchema, toDeclaration } from "./schema";

const REFUSED: FormState = { status: "error", message: msg("Operazione non consentita. Nessuna modifica è stata fatta.") };

/** Self-certifies an income exemption for the record being consulted, if the rule grants it. */
export async function declareExemption(_previous: FormState, form: FormData): Promise<FormState> {
  const parsed = declarationFormSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalidForm(parsed.error, form);
  const { actor, subjectId } = await requireActingContext();
  const declaration = toDeclaration(parsed.data);
  const t = await getT();
  const outcome = await withAccess(await db(), { actor, action: "health.manage", subjectId, purpose: "AUTOCERTIFICAZIONE_ESENZIONE" }, (subject, tx) =>
    declareIncomeExemption(tx, subject, declaration, new Date(), t),
  );
  if (!outcome.allowed) return REFUSED;
  if (!outcome.value.recorded)
    return { status: "error", message: t("L'esenzione {code} non può essere autocertificata:", { code: declaration.code }), details: outcome.value.reasons, values: typedValues(form) };
  revalidatePath("/esenzioni");
  return { status: "ok", message: t("Esenzione {code} registrata: vale da subito fino al 31 marzo. La trovi tra le esenzioni valide oggi, con la sua ricevuta.", { code: declaration.code }) };
}

/** Revokes one of the record's income self-certifications. */
export async function revokeExemption(_previous: FormState, form: FormData): Promise<FormState> {
  const parsed = selfCertificationIdSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { status: "error", message: msg("Dati non validi.") };
  const { actor, subjectId } = await requireActingContext();
  const outcome = await withAccess(await db(), { actor, action: "health.manage", subjectId, purpose: "REVOCA_ESENZIONE" }, (subject, tx) =>
    revokeIncomeExemption(tx, subject, parsed.data.selfCertificationId, new Date()),
  );
  if (!outcome.allowed) return REFUSED;
  if (!outcome.value) return { status: "error", message: msg("Questa autocertificazione non è più in vigore: forse è già stata revocata.") };
  revalidatePath("/esenzioni");
  return { status: "ok", message: msg("Autocertificazione revocata: da ora l'esenzione non vale più.") };
}
