"use server";

import { revalidatePath } from "next/cache";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { withAccess } from "@/lib/access/gate";
import type { Actor } from "@/lib/access/types";
import { currentUser, requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { invalidForm, type FormState } from "@/lib/http/form-state";
import { LOCALE_COOKIE } from "@/lib/i18n/locale";
import { getT } from "@/lib/i18n/server";
import { msg, translator } from "@/lib/i18n/translate";
import { completeFirstAccess, confirmVerification, removeContact, setLanguage, startVerification } from "./mutations";
import { confirmCodeSchema, languageSchema, removeContactSchema, requestCodeSchema } from "./schema";

// The profile is always the logged-in person's own, even while they consult someone else's record.

const REFUSED: FormState = { status: "error", message: msg("Operazione non consentita. Nessuna modifica è stata fatta.") };

async function self(): Promise<Actor> {
  const user = await requireUser();
  return { personId: user.personId, role: "CITIZEN", displayName: `${user.givenName} ${user.familyName}` };
}

export async function requestCode(_previous: FormState, form: FormData): Promise<FormState> {
  const parsed = requestCodeSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalidForm(parsed.error, form);
  const actor = await self();
  const t = await getT();
  const outcome = await withAccess(await db(), { actor, action: "health.manage", subjectId: actor.personId, purpose: "CONTATTI" }, (subject, tx) =>
    startVerification(tx, subject, parsed.data.channel, parsed.data.target, new Date(), t),
  );
  if (!outcome.allowed) return REFUSED;
  revalidatePath("/profilo");
  revalidatePath("/benvenuto");
  const sent =
    parsed.data.channel === "EMAIL"
      ? t("Ti abbiamo inviato un codice di 6 cifre all'indirizzo {target}. Scrivilo qui sotto entro 10 minuti.", { target: parsed.data.target })
      : t("Ti abbiamo inviato un codice di 6 cifre al numero {target}. Scrivilo qui sotto entro 10 minuti.", { target: parsed.data.target });
  // The demo has no real mail or SMS gateway: it shows the code so that the flow can be tried.
  const demo = env().FASCICOLO_DEMO ? ` ${t("Ambiente dimostrativo: il codice è {code}.", { code: outcome.value.code })}` : "";
  return { status: "ok", message: `${sent}${demo}` };
}

const CONFIRM_MESSAGES = {
  WRONG_CODE: msg("Il codice non è corretto. Controllalo e riprova."),
  EXPIRED: msg("Il codice è scaduto o è stato sbagliato troppe volte: chiedine uno nuovo."),
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
  return { status: "ok", message: msg("Contatto confermato: lo useremo per le notifiche.") };
}

export async function dropContact(_previous: FormState, form: FormData): Promise<FormState> {
  const parsed = removeContactSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { status: "error", message: msg("Dati non validi.") };
  const actor = await self();
  const outcome = await withAccess(await db(), { actor, action: "health.manage", subjectId: actor.personId, purpose: "CONTATTI" }, (subject, tx) => removeContact(tx, subject, parsed.data.channel));
  if (!outcome.allowed) return REFUSED;
  revalidatePath("/profilo");
  return { status: "ok", message: parsed.data.channel === "EMAIL" ? msg("Indirizzo e-mail tolto.") : msg("Numero di cellulare tolto.") };
}

/** The citizen read the privacy notice and saw their choices: the portal opens. */
export async function finishFirstAccess(): Promise<void> {
  const actor = await self();
  await withAccess(await db(), { actor, action: "health.manage", subjectId: actor.personId, purpose: "PRIMO_ACCESSO" }, (subject, tx) => completeFirstAccess(tx, subject, new Date()));
  redirect("/");
}

const YEAR_SECONDS = 365 * 24 * 60 * 60;

/**
 * The portal's language. A logged-in adult's choice is kept in their profile (and follows them to any
 * device); the cookie keeps it for the login pages, also after logout. Answered in the chosen language.
 */
export async function chooseLanguage(_previous: FormState, form: FormData): Promise<FormState> {
  const parsed = languageSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalidForm(parsed.error, form);
  const language = parsed.data.lingua;
  const user = await currentUser();
  if (user) {
    const actor: Actor = { personId: user.personId, role: "CITIZEN", displayName: `${user.givenName} ${user.familyName}` };
    const outcome = await withAccess(await db(), { actor, action: "health.manage", subjectId: actor.personId, purpose: "LINGUA" }, (subject, tx) => setLanguage(tx, subject, language));
    // A minor's record is managed by their parents, but the minor still reads the portal's pages: their
    // choice is kept for this browser only.
    if (!outcome.allowed && outcome.reason !== "MINOR_SELF_ACCESS") return REFUSED;
  }
  (await cookies()).set(LOCALE_COOKIE, language, { httpOnly: true, sameSite: "lax", secure: env().NEXTAUTH_URL.startsWith("https:"), maxAge: YEAR_SECONDS, path: "/" });
  revalidatePath("/", "layout");
  return { status: "ok", message: translator(language)(msg("Da ora il portale è in italiano.")) };
}
