"use server";

import { getT } from "@/lib/i18n/server";
import { endOfRomeDay } from "@/lib/i18n/time-zone";
import { msg } from "@/lib/i18n/translate";
import { revalidatePath } from "next/cache";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { withAccess } from "@/lib/access/gate";
import type { Actor } from "@/lib/access/types";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { invalidForm, typedValues, type FormState } from "@/lib/http/form-state";
import { findPersonByFiscalCode } from "@/lib/people/data";
import { ACTING_FOR_COOKIE } from "./context";
import { delegationParties } from "./data";
import { loadHeldDelegations, ownRecord } from "./loaders";
import { endDelegation, registerDelegation, requestParentalAccess, respondToDelegation } from "./mutations";
import { actForSchema, delegateTrustedSchema, delegationIdSchema, PARENTAL_DECLARATION, parentalRequestSchema, respondSchema } from "./schema";

/** Switches to the record of someone the person holds an active delegation for. */
export async function actFor(form: FormData): Promise<void> {
  const parsed = actForSchema.safeParse(Object.fromEntries(form));
  await requireUser();
  if (!parsed.success) redirect("/deleghe");
  const held = await loadHeldDelegations("SCELTA_FASCICOLO");
  if (!held.some((delegation) => delegation.subjectId === parsed.data.subjectId)) redirect("/deleghe");
  (await cookies()).set(ACTING_FOR_COOKIE, parsed.data.subjectId, {
    httpOnly: true,
    sameSite: "lax",
    secure: env().NEXTAUTH_URL.startsWith("https:"),
    path: "/",
  });
  redirect(parsed.data.next ?? "/");
}

/** Back to one's own record. */
export async function actForSelf(): Promise<void> {
  await requireUser();
  (await cookies()).delete(ACTING_FOR_COOKIE);
  redirect("/");
}

const REFUSED: FormState = { status: "error", message: msg("Operazione non consentita. Nessuna modifica è stata fatta.") };

/**
 * The delegations page is always the logged-in person's own, also while they consult someone else's
 * record (decision 0008): what it changes is theirs, never the record that happens to be open.
 */
async function self(): Promise<{ actor: Actor; subjectId: string }> {
  const user = await requireUser();
  return { actor: { personId: user.personId, role: "CITIZEN", displayName: `${user.givenName} ${user.familyName}` }, subjectId: user.personId };
}

/** A citizen names a trusted adult, who must then accept. */
export async function delegateTrustedPerson(_previous: FormState, form: FormData): Promise<FormState> {
  const parsed = delegateTrustedSchema.safeParse({ ...Object.fromEntries(form), scope: form.getAll("scope") });
  if (!parsed.success) return invalidForm(parsed.error, form);
  const { actor, subjectId } = await self();
  const database = await db();
  const values = typedValues(form);
  const delegate = await findPersonByFiscalCode(database, parsed.data.delegateFiscalCode);
  if (!delegate) return { status: "error", message: msg("Controlla i dati inseriti."), fieldErrors: { delegateFiscalCode: msg("Questa persona non risulta tra gli assistiti della regione: può delegarla solo chi è iscritto al Servizio sanitario regionale.") }, values };
  const config = env();
  const t = await getT();
  const outcome = await withAccess(database, { actor, action: "delegation.manage", subjectId, purpose: "NUOVA_DELEGA" }, (subject, tx) =>
    registerDelegation(
      tx,
      subject,
      {
        delegate,
        kind: "TRUSTED",
        scope: parsed.data.scope,
        canManage: parsed.data.canManage === "on",
        endsAt: endOfRomeDay(parsed.data.endsAt),
        courtDecree: null,
        channel: "ONLINE",
      },
      { maxMonths: config.DELEGATION_MAX_MONTHS, maxActive: config.DELEGATION_MAX_ACTIVE },
      new Date(),
      t,
    ),
  );
  if (!outcome.allowed) return { ...REFUSED, values };
  if (outcome.value) return { status: "error", message: outcome.value, values };
  revalidatePath("/deleghe");
  return { status: "ok", message: t("Richiesta inviata a {name}: la delega sarà attiva quando la accetterà.", { name: `${delegate.givenName} ${delegate.familyName}` }) };
}

/** A parent asks online for a minor's record, with the DPR 445/2000 self-certification. */
export async function requestChildAccess(_previous: FormState, form: FormData): Promise<FormState> {
  const parsed = parentalRequestSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalidForm(parsed.error, form);
  const user = await requireUser();
  const database = await db();
  const values = typedValues(form);
  const child = await findPersonByFiscalCode(database, parsed.data.childFiscalCode);
  if (!child) return { status: "error", message: msg("Controlla i dati inseriti."), fieldErrors: { childFiscalCode: msg("Questo codice fiscale non risulta tra gli assistiti della regione.") }, values };
  const requester = { id: user.personId, birthDate: user.birthDate };
  const outcome = await withAccess(
    database,
    { actor: { personId: user.personId, role: "CITIZEN", displayName: `${user.givenName} ${user.familyName}` }, action: "delegation.request", subjectId: child.id, purpose: "RICHIESTA_DELEGA" },
    (subject, tx) => requestParentalAccess(tx, subject, requester, PARENTAL_DECLARATION, new Date()),
  );
  if (!outcome.allowed) {
    const message = outcome.reason === "SUBJECT_NOT_MINOR" ? msg("L'accesso come genitore è possibile solo per un figlio minorenne.") : REFUSED.message;
    return { status: "error", message, values };
  }
  if (outcome.value) return { status: "error", message: outcome.value, values };
  revalidatePath("/deleghe");
  return { status: "ok", message: msg("Richiesta registrata. Per attivarla rivolgiti a un Punto Assistiti Salute con un tuo documento di identità: l'operatore la confermerà.") };
}

const ANSWER_PURPOSES = { ACCEPT: "ACCETTAZIONE_DELEGA", DECLINE: "RIFIUTO_DELEGA", RENOUNCE: "RINUNCIA_DELEGA" } as const;
const ANSWERS = { ACCEPT: msg("Delega accettata."), DECLINE: msg("Delega rifiutata."), RENOUNCE: msg("Hai rinunciato alla delega.") } as const;

/** The delegate accepts, declines or gives up a delegation that names them. */
export async function answerDelegation(_previous: FormState, form: FormData): Promise<FormState> {
  const parsed = respondSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { status: "error", message: parsed.error.issues[0]?.message ?? msg("Dati non validi.") };
  const user = await requireUser();
  const database = await db();
  const purpose = ANSWER_PURPOSES[parsed.data.answer];
  // Which record the answer concerns is read among the person's own delegations, on their own record.
  const { actor: self, subjectId: selfId } = await ownRecord();
  const found = await withAccess(database, { actor: self, action: "delegation.read", subjectId: selfId, resource: { type: "DELEGATION", id: parsed.data.delegationId }, purpose }, (subject, tx) =>
    delegationParties(tx, subject, parsed.data.delegationId),
  );
  const parties = found.allowed ? found.value : null;
  if (!parties || parties.delegateId !== user.personId) return REFUSED;
  const outcome = await withAccess(
    database,
    { actor: { personId: user.personId, role: "DELEGATE", displayName: `${user.givenName} ${user.familyName}` }, action: "delegation.respond", subjectId: parties.subjectId, resource: { type: "DELEGATION", id: parsed.data.delegationId }, purpose },
    (subject, tx) => respondToDelegation(tx, subject, parsed.data.delegationId, parsed.data.answer, new Date()),
  );
  if (!outcome.allowed || !outcome.value) return REFUSED;
  if (parsed.data.answer !== "ACCEPT") {
    const jar = await cookies();
    if (jar.get(ACTING_FOR_COOKIE)?.value === parties.subjectId) jar.delete(ACTING_FOR_COOKIE);
  }
  revalidatePath("/deleghe");
  return { status: "ok", message: ANSWERS[parsed.data.answer] };
}

/** The citizen ends a delegation given on their own record. */
export async function revokeDelegation(_previous: FormState, form: FormData): Promise<FormState> {
  const parsed = delegationIdSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { status: "error", message: msg("Dati non validi.") };
  const { actor, subjectId } = await self();
  const outcome = await withAccess(await db(), { actor, action: "delegation.manage", subjectId, purpose: "FINE_DELEGA" }, (subject, tx) =>
    endDelegation(tx, subject, parsed.data.delegationId, new Date()),
  );
  if (!outcome.allowed || !outcome.value) return REFUSED;
  revalidatePath("/deleghe");
  return { status: "ok", message: msg("Delega terminata: da ora questa persona non può più agire per te.") };
}
