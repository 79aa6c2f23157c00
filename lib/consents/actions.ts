"use server";

import { msg } from "@/lib/i18n/translate";
import { revalidatePath } from "next/cache";
import { withAccess } from "@/lib/access/gate";
import { requireActingContextFor } from "@/lib/delegations/context";
import { db } from "@/lib/db/client";
import { consentOverview } from "./data";
import { recordConsent } from "./mutations";
import { changeConsentSchema, reviewConsentsSchema } from "./schema";

export type ConsentActionState = { status: "idle" | "ok" | "error"; message: string };

const REFUSED: ConsentActionState = { status: "error", message: msg("Operazione non consentita. Nessuna modifica è stata fatta.") };
const OTHER_RECORD: ConsentActionState = {
  status: "error",
  message: msg("Nel frattempo hai aperto il fascicolo di un'altra persona: nessuna modifica è stata fatta. Ricarica la pagina e controlla di chi sono i consensi."),
};

/** Grants or revokes one consent on the record open (own or, as a parent, a child's). The actor is re-checked here, never trusted from the form. */
export async function changeConsent(_previous: ConsentActionState, form: FormData): Promise<ConsentActionState> {
  const parsed = changeConsentSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { status: "error", message: parsed.error.issues[0]?.message ?? msg("Dati non validi.") };
  // The consents of the person the page showed, and only if that record is still the one open.
  const context = await requireActingContextFor(form);
  if (!context) return OTHER_RECORD;
  const { actor, subjectId } = context;
  const { kind, granted } = parsed.data;
  const outcome = await withAccess(
    await db(),
    { actor, action: "consent.manage", subjectId, purpose: "GESTIONE_CONSENSI" },
    (subject, tx) => recordConsent(tx, subject, [{ kind, granted }], new Date()),
  );
  if (!outcome.allowed) return REFUSED;
  revalidatePath("/consensi");
  return { status: "ok", message: granted ? msg("Consenso registrato. Vale da subito.") : msg("Consenso revocato. Vale da subito.") };
}

/** A citizen who came of age confirms, as their own, the choices their parents made. */
export async function confirmConsentsAtMajority(_previous: ConsentActionState, form: FormData): Promise<ConsentActionState> {
  const parsed = reviewConsentsSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { status: "error", message: parsed.error.issues[0]?.message ?? msg("Dati non validi.") };
  const context = await requireActingContextFor(form);
  if (!context) return OTHER_RECORD;
  const { actor, subjectId } = context;
  const outcome = await withAccess(
    await db(),
    { actor, action: "consent.manage", subjectId, purpose: "GESTIONE_CONSENSI" },
    async (subject, tx) => {
      const overview = await consentOverview(tx, subject);
      await recordConsent(tx, subject, overview.current.map(({ kind, granted }) => ({ kind, granted })), new Date());
    },
  );
  if (!outcome.allowed) return REFUSED;
  revalidatePath("/consensi");
  return { status: "ok", message: msg("Hai confermato le tue scelte. Puoi cambiarle in ogni momento.") };
}
