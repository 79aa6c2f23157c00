"use server";

import { msg } from "@/lib/i18n/translate";
import { revalidatePath } from "next/cache";
import { withAccess } from "@/lib/access/gate";
import { requireUser } from "@/lib/auth/session";
import { requireActingContext } from "@/lib/delegations/context";
import { db } from "@/lib/db/client";
import { setObscuredByCitizen } from "./mutations";
import { changeVisibilitySchema } from "./schema";

export type VisibilityState = { status: "idle" | "ok" | "error" | "reauth"; message: string };

/** Making an obscured document visible again asks for a login within the last few minutes. */
const REAUTH_MINUTES = 5;

export async function changeVisibility(_previous: VisibilityState, form: FormData): Promise<VisibilityState> {
  const parsed = changeVisibilitySchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { status: "error", message: parsed.error.issues[0]?.message ?? msg("Dati non validi.") };
  const user = await requireUser();
  const { actor, subjectId } = await requireActingContext();
  const { documentId, obscure } = parsed.data;
  if (!obscure && Date.now() - user.authenticatedAt.getTime() > REAUTH_MINUTES * 60_000) {
    return { status: "reauth", message: msg("Per rendere di nuovo visibile un documento devi confermare la tua identità: accedi di nuovo con SPID o CIE.") };
  }
  const outcome = await withAccess(
    await db(),
    { actor, action: "document.visibility", subjectId, documentId, purpose: obscure ? "OSCURAMENTO" : "DEOSCURAMENTO" },
    (subject, tx) => setObscuredByCitizen(tx, subject, obscure),
  );
  if (!outcome.allowed || !outcome.value) return { status: "error", message: msg("Operazione non consentita. Nessuna modifica è stata fatta.") };
  revalidatePath(`/documenti/${documentId}`);
  revalidatePath("/documenti");
  return {
    status: "ok",
    message: obscure ? msg("Documento oscurato: da ora lo vedi solo tu.") : msg("Il documento è di nuovo visibile a chi può consultare il tuo fascicolo."),
  };
}
