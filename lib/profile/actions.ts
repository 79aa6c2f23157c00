"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { withAccess } from "@/lib/access/gate";
import type { Actor } from "@/lib/access/types";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { invalidForm, type FormState } from "@/lib/http/form-state";
import { completeFirstAccess, confirmVerification, removeContact, startVerification } from "./mutations";
import { confirmCodeSchema, removeContactSchema, requestCodeSchema } from "./schema";

// The profile is always the logged-in person's own, even while they consult someone else's record.

const REFUSED: FormState = { status: "error", message: "Operazione non consentita. Nessuna modifica è stata fatta." };

async function self(): Promise<Actor> {
  const user = await requireUser();
  return { personId: user.personId, role: "CITIZEN", displayName: `${user.givenName} ${user.familyName}` };
}

export async function requestCode(_previous: FormState, form: FormData): Promise<FormState> {
  const parsed = requestCodeSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalidForm(parsed.error, form);
  const actor = await self();
  const outcome = await withAccess(await db(), { actor, action: "health.manage", subjectId: actor.personId, purpose: "CONTATTI" }, (subject, tx) =>
    startVerification(tx, subject, parsed.data.channel, parsed.data.target, new Date()),
  );
  if (!outcome.allowed) return REFUSED;
  revalidatePath("/profilo");
  revalidatePath("/benvenuto");
  const where = parsed.data.channel === "EMAIL" ? `all'indirizzo ${parsed.data.target}` : `al numero ${parsed.data.target}`;
  // The demo has no real mail or SMS gateway: it shows the code so that the flow can be tried.
  const demo = env().FASCICOLO_DEMO ? ` (ambiente dimostrativo: il codice è ${outcome.value.code})` : "";
  return { status: "ok", message: `Ti abbiamo inviato un codice di 6 cifre ${where}${demo}. Scrivilo qui sotto entro 10 minuti.` };
}

const CONFIRM_MESSAGES = {
  WRONG_CODE: "Il codice non è corretto. Controllalo e riprova.",
  EXPIRED: "Il codice è scaduto o è stato sbagliato troppe volte: chiedine uno nuovo.",
} as const;

export async function confirmCode(_previous: FormState, form: FormData): Promise<FormState> {
  const parsed = confirmCodeSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalidForm(parsed.error, form);
  const actor = await self();
  const outcome = await withAccess(await db(), { actor, action: "health.manage", subjectId: actor.personId, purpose: "CONTATTI" }, (subject, tx) =>
    confirmVerification(tx, subject, parsed.data.verificationId, parsed.data.code, new Date()),
  );
  if (!outcome.allowed) return REFUSED;
  if (outcome.value !== "CONFIRMED") return { status: "error", message: CONFIRM_MESSAGES[outcome.value], fieldErrors: { code: CONFIRM_MESSAGES[outcome.value] } };
  revalidatePath("/profilo");
  revalidatePath("/benvenuto");
  return { status: "ok", message: "Contatto confermato: lo useremo per le notifiche." };
}

export async function dropContact(_previous: FormState, form: FormData): Promise<FormState> {
  const parsed = removeContactSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { status: "error", message: "Dati non validi." };
  const actor = await self();
  const outcome = await withAccess(await db(), { actor, action: "health.manage", subjectId: actor.personId, purpose: "CONTATTI" }, (subject, tx) => removeContact(tx, subject, parsed.data.channel));
  if (!outcome.allowed) return REFUSED;
  revalidatePath("/profilo");
  return { status: "ok", message: parsed.data.channel === "EMAIL" ? "Indirizzo e-mail tolto." : "Numero di cellulare tolto." };
}

/** The citizen read the privacy notice and saw their choices: the portal opens. */
export async function finishFirstAccess(): Promise<void> {
  const actor = await self();
  await withAccess(await db(), { actor, action: "health.manage", subjectId: actor.personId, purpose: "PRIMO_ACCESSO" }, (subject, tx) => completeFirstAccess(tx, subject, new Date()));
  redirect("/");
}
