"use server";

import { randomUUID } from "node:crypto";
import { endOfRomeDay } from "@/lib/i18n/time-zone";
import { msg } from "@/lib/i18n/translate";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { withAccess } from "@/lib/access/gate";
import { currentOperator } from "@/lib/auth/session";
import { recordConsent } from "@/lib/consents/mutations";
import { db } from "@/lib/db/client";
import { decideParentalRequest, endDelegation, registerDelegation } from "@/lib/delegations/mutations";
import { confirmRequestSchema, registerDelegationSchema } from "@/lib/delegations/schema";
import { setObscuredByCitizen } from "@/lib/documents/mutations";
import { env } from "@/lib/env";
import { invalidForm, typedValues, type FormState } from "@/lib/http/form-state";
import { findPersonByFiscalCode } from "@/lib/people/data";
import { deskSessionOf } from "./data";
import { closeDeskSession, openDeskSession } from "./mutations";
import { deskConsentSchema, deskDelegationSchema, deskSessionIdSchema, deskVisibilitySchema, IDENTITY_DOCUMENTS, openDeskSessionSchema } from "./schema";

export type DeskState = FormState;

const NOT_OPERATOR: DeskState = { status: "error", message: msg("Questa funzione è riservata agli operatori degli sportelli.") };
const NO_SESSION: DeskState = { status: "error", message: msg("Sessione di sportello non trovata.") };
const SESSION_OVER: DeskState = { status: "error", message: msg("La sessione di sportello è scaduta o chiusa: aprine una nuova. Nessuna modifica è stata fatta.") };

/** The logged-in operator and the session the form names, both re-checked here; or the answer to give. */
async function operatorSession(sessionId: string) {
  const operator = await currentOperator();
  if (!operator) return { refusal: NOT_OPERATOR } as const;
  const database = await db();
  const session = await deskSessionOf(database, operator.actor.personId, sessionId);
  if (!session) return { refusal: NO_SESSION } as const;
  return { operator, database, session, refusal: null } as const;
}

/**
 * Opens a time-boxed desk session for a citizen at the desk, through the gate: the opening is in the
 * citizen's access log, its purpose naming the kind of identity document checked, its resource the session
 * (which keeps the document's last characters).
 */
export async function openDesk(_previous: DeskState, form: FormData): Promise<DeskState> {
  const parsed = openDeskSessionSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalidForm(parsed.error, form);
  const operator = await currentOperator();
  if (!operator) return NOT_OPERATOR;
  const database = await db();
  const citizen = await findPersonByFiscalCode(database, parsed.data.fiscalCode);
  if (!citizen) return { status: "error", message: msg("Il codice fiscale non risulta tra gli assistiti di questa regione."), fieldErrors: {}, values: typedValues(form) };
  // Only the kind of document and its last characters are kept: enough to audit, no more.
  const masked = `${IDENTITY_DOCUMENTS[parsed.data.documentType]} n. …${parsed.data.documentNumber.slice(-4)}`;
  const sessionId = randomUUID();
  const outcome = await withAccess(
    database,
    { actor: operator.actor, action: "desk.session", subjectId: citizen.id, resource: { type: "DESK_SESSION", id: sessionId }, purpose: `APERTURA_SPORTELLO_${parsed.data.documentType}` },
    (subject, tx) => openDeskSession(tx, subject, { sessionId, deskPoint: operator.deskPoint, identityDocument: masked, now: new Date() }),
  );
  if (!outcome.allowed) return NOT_OPERATOR;
  redirect(`/operatore/sportello/${sessionId}`);
}

/** Grants or revokes a consent for the citizen at the desk, within the operator's open session. */
export async function deskChangeConsent(_previous: DeskState, form: FormData): Promise<DeskState> {
  const parsed = deskConsentSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { status: "error", message: parsed.error.issues[0]?.message ?? msg("Dati non validi.") };
  const { operator, database, session, refusal } = await operatorSession(parsed.data.sessionId);
  if (refusal) return refusal;
  const outcome = await withAccess(
    database,
    { actor: operator.actor, action: "consent.manage", subjectId: session.subjectId, purpose: "SPORTELLO" },
    (subject, tx) => recordConsent(tx, subject, [{ kind: parsed.data.kind, granted: parsed.data.granted }], new Date()),
  );
  if (!outcome.allowed) return SESSION_OVER;
  revalidatePath(`/operatore/sportello/${session.id}`);
  return { status: "ok", message: parsed.data.granted ? msg("Consenso registrato.") : msg("Consenso revocato.") };
}

/** Closes one of the operator's open sessions, through the gate and with its access-log row. */
export async function closeDesk(form: FormData): Promise<void> {
  const parsed = deskSessionIdSchema.safeParse(Object.fromEntries(form));
  const found = parsed.success ? await operatorSession(parsed.data.sessionId) : null;
  if (found && !found.refusal && !found.session.endedAt) {
    const { operator, database, session } = found;
    await withAccess(
      database,
      { actor: operator.actor, action: "desk.session", subjectId: session.subjectId, resource: { type: "DESK_SESSION", id: session.id }, purpose: "CHIUSURA_SPORTELLO" },
      (subject, tx) => closeDeskSession(tx, subject, session.id, new Date()),
    );
  }
  redirect("/operatore");
}

/** Registers a delegation (parent, guardian with the court decree, trusted person) for the citizen at the desk. */
export async function deskRegisterDelegation(_previous: DeskState, form: FormData): Promise<DeskState> {
  const values = typedValues(form);
  const parsed = registerDelegationSchema.safeParse({ ...Object.fromEntries(form), scope: form.getAll("scope") });
  if (!parsed.success) return invalidForm(parsed.error, form);
  const { operator, database, session, refusal } = await operatorSession(parsed.data.sessionId);
  if (refusal) return { ...refusal, values };
  const delegate = await findPersonByFiscalCode(database, parsed.data.delegateFiscalCode);
  if (!delegate) return { status: "error", message: msg("Il delegato non risulta tra gli assistiti di questa regione."), fieldErrors: { delegateFiscalCode: msg("Codice fiscale non trovato tra gli assistiti.") }, values };
  const config = env();
  // The log row names the delegation to be created: the session's operations list only those that exist,
  // so a registration refused (a missing end date…) and then made again appears once.
  const delegationId = randomUUID();
  const outcome = await withAccess(
    database,
    { actor: operator.actor, action: "delegation.manage", subjectId: session.subjectId, resource: { type: "DELEGATION", id: delegationId }, purpose: "NUOVA_DELEGA" },
    (subject, tx) =>
      registerDelegation(
        tx,
        subject,
        {
          id: delegationId,
          delegate,
          kind: parsed.data.kind,
          scope: parsed.data.scope,
          canManage: parsed.data.canManage === "on",
          endsAt: parsed.data.endsAt ? endOfRomeDay(parsed.data.endsAt) : null,
          courtDecree: parsed.data.courtDecree || null,
          channel: "DESK",
        },
        { maxMonths: config.DELEGATION_MAX_MONTHS, maxActive: config.DELEGATION_MAX_ACTIVE },
        new Date(),
      ),
  );
  if (!outcome.allowed) return { ...SESSION_OVER, values };
  if (outcome.value) return { status: "error", message: outcome.value, values };
  revalidatePath(`/operatore/sportello/${session.id}`);
  return { status: "ok", message: msg("Delega registrata e attiva. L'assistito e il delegato ne ricevono notizia.") };
}


/** Confirms or refuses a parent's online request, after checking their identity and the self-certification. */
export async function deskDecideParentalRequest(_previous: DeskState, form: FormData): Promise<DeskState> {
  const parsed = confirmRequestSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { status: "error", message: msg("Dati non validi.") };
  const { operator, database, session, refusal } = await operatorSession(parsed.data.sessionId);
  if (refusal) return refusal;
  const outcome = await withAccess(
    database,
    {
      actor: operator.actor,
      action: "delegation.manage",
      subjectId: session.subjectId,
      resource: { type: "DELEGATION", id: parsed.data.delegationId },
      purpose: parsed.data.approve ? "CONFERMA_DELEGA" : "RIFIUTO_DELEGA",
    },
    (subject, tx) => decideParentalRequest(tx, subject, parsed.data.delegationId, parsed.data.approve, new Date()),
  );
  if (!outcome.allowed) return SESSION_OVER;
  if (!outcome.value) return { status: "error", message: msg("La richiesta non è più in attesa: forse è già stata gestita.") };
  revalidatePath(`/operatore/sportello/${session.id}`);
  return { status: "ok", message: parsed.data.approve ? msg("Richiesta confermata: il genitore può ora consultare il fascicolo.") : msg("Richiesta respinta. Il richiedente ne riceve notizia.") };
}

/** Ends a delegation given on the record of the citizen at the desk, at their request. */
export async function deskEndDelegation(_previous: DeskState, form: FormData): Promise<DeskState> {
  const parsed = deskDelegationSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { status: "error", message: msg("Dati non validi.") };
  const { operator, database, session, refusal } = await operatorSession(parsed.data.sessionId);
  if (refusal) return refusal;
  const outcome = await withAccess(
    database,
    { actor: operator.actor, action: "delegation.manage", subjectId: session.subjectId, resource: { type: "DELEGATION", id: parsed.data.delegationId }, purpose: "FINE_DELEGA" },
    (subject, tx) => endDelegation(tx, subject, parsed.data.delegationId, new Date()),
  );
  if (!outcome.allowed) return SESSION_OVER;
  if (!outcome.value) return { status: "error", message: msg("Questa delega non è più in vigore: forse è già terminata.") };
  revalidatePath(`/operatore/sportello/${session.id}`);
  return { status: "ok", message: msg("Delega terminata. Il delegato ne riceve notizia.") };
}

/** Obscures a document, or makes it visible again, at the request of the citizen at the desk. */
export async function deskChangeVisibility(_previous: DeskState, form: FormData): Promise<DeskState> {
  const parsed = deskVisibilitySchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { status: "error", message: msg("Dati non validi.") };
  const { operator, database, session, refusal } = await operatorSession(parsed.data.sessionId);
  if (refusal) return refusal;
  const { documentId, obscure } = parsed.data;
  const outcome = await withAccess(
    database,
    { actor: operator.actor, action: "document.visibility", subjectId: session.subjectId, documentId, purpose: obscure ? "OSCURAMENTO" : "DEOSCURAMENTO" },
    (subject, tx) => setObscuredByCitizen(tx, subject, obscure),
  );
  if (!outcome.allowed) return outcome.reason === "DESK_SESSION_EXPIRED" ? SESSION_OVER : { status: "error", message: msg("Operazione non consentita su questo documento. Nessuna modifica è stata fatta.") };
  if (!outcome.value) return { status: "error", message: msg("Questo documento è oscurato dalla struttura che lo ha prodotto: non si può cambiare.") };
  revalidatePath(`/operatore/sportello/${session.id}`);
  return { status: "ok", message: obscure ? msg("Documento oscurato: ora lo vede solo l'assistito.") : msg("Documento di nuovo visibile a chi può consultare il fascicolo.") };
}
