import "server-only";
import { randomUUID } from "node:crypto";
import { AuthorizedSubject } from "@/lib/access/gate";
import { ageOn } from "@/lib/access/policy";
import type { Tx } from "@/lib/db/client";
import { notify } from "@/lib/notifications/mutations";
import { delegationRefusal, type DelegationLimits } from "./rules";
import { msg, type Translator } from "@/lib/i18n/translate";

// Every function here runs inside the gate's transaction, on the subject the gate authorized, so each
// change is written together with its access-log row and its notices, or not at all.

export type DelegationInput = {
  /** Chosen by the caller when its access-log row must name the delegation (the desk's receipt checks it). */
  id?: string;
  delegate: { id: string; birthDate: Date };
  kind: "PARENT" | "GUARDIAN" | "TRUSTED";
  scope: string[];
  canManage: boolean;
  endsAt: Date | null;
  courtDecree: string | null;
  channel: "DESK" | "ONLINE";
};

const FULL_SCOPE = "documenti,accessi,consensi";
const inForce = (now: Date) => ({ status: { in: ["ACTIVE", "PENDING"] }, OR: [{ endsAt: null }, { endsAt: { gt: now } }] });

async function alreadyDelegated(tx: Tx, subjectId: string, delegateId: string, now: Date): Promise<boolean> {
  return (await tx.delegation.count({ where: { subjectId, delegateId, ...inForce(now) } })) > 0;
}

/**
 * Registers a delegation on the authorized subject's record; returns the refusal reason, if any.
 * At the desk it is active at once (the operator identified both people); online, a trusted person
 * must accept it first. The reason is worded in `t`'s language (Italian by default).
 */
export async function registerDelegation(tx: Tx, subject: AuthorizedSubject, input: DelegationInput, limits: DelegationLimits, now: Date, t?: Translator): Promise<string | null> {
  AuthorizedSubject.check(subject, "delegation.manage");
  const person = await tx.person.findUniqueOrThrow({ where: { id: subject.subjectId }, select: { birthDate: true } });
  const activeTrustedDelegates = await tx.delegation.count({ where: { subjectId: subject.subjectId, kind: "TRUSTED", ...inForce(now) } });
  const refusal = delegationRefusal(
    {
      kind: input.kind,
      subjectAge: ageOn(person.birthDate, now),
      delegateAge: ageOn(input.delegate.birthDate, now),
      delegateIsSubject: input.delegate.id === subject.subjectId,
      endsAt: input.endsAt,
      courtDecree: input.courtDecree,
      activeTrustedDelegates,
      now,
    },
    limits,
    t,
  );
  if (refusal) return refusal;
  if (await alreadyDelegated(tx, subject.subjectId, input.delegate.id, now)) return msg("Questa persona ha già una delega attiva o in attesa su questo fascicolo.");
  const awaitsAcceptance = input.channel === "ONLINE";
  await tx.delegation.create({
    data: {
      id: input.id ?? randomUUID(),
      subjectId: subject.subjectId,
      delegateId: input.delegate.id,
      kind: input.kind,
      scope: input.kind === "TRUSTED" ? input.scope.join(",") : FULL_SCOPE,
      canManage: input.kind === "TRUSTED" ? input.canManage : true,
      status: awaitsAcceptance ? "PENDING" : "ACTIVE",
      startsAt: now,
      endsAt: input.kind === "TRUSTED" ? input.endsAt : null,
      createdAt: now,
      createdById: subject.actor.personId,
      channel: input.channel,
      acceptedAt: awaitsAcceptance ? null : now,
      courtDecree: input.courtDecree,
    },
  });
  if (awaitsAcceptance) {
    await notify(tx, input.delegate.id, "DELEGATION_CREATED", msg("Una persona ti ha chiesto di agire per suo conto sul Fascicolo Sanitario. Puoi accettare o rifiutare nella pagina «Deleghe»."), now);
    return null;
  }
  await notify(tx, subject.subjectId, "DELEGATION_CREATED", msg("È stata registrata una nuova delega sul tuo fascicolo. Trovi chi può agire per te nella pagina «Deleghe»."), now);
  await notify(tx, input.delegate.id, "DELEGATION_CREATED", msg("Sei stato registrato come delegato per il fascicolo di un'altra persona. Lo trovi nella pagina «Deleghe»."), now);
  return null;
}

/** A parent's online request for a minor's record, on a self-certification; pending until a desk confirms it. */
export async function requestParentalAccess(tx: Tx, subject: AuthorizedSubject, requester: { id: string; birthDate: Date }, declaration: string, now: Date): Promise<string | null> {
  AuthorizedSubject.check(subject, "delegation.request");
  if (ageOn(requester.birthDate, now) < 18) return msg("Solo una persona maggiorenne può chiedere l'accesso al fascicolo di un figlio.");
  if (await alreadyDelegated(tx, subject.subjectId, requester.id, now)) return msg("Hai già una richiesta in attesa o un accesso attivo per questo fascicolo.");
  await tx.delegation.create({
    data: {
      id: randomUUID(),
      subjectId: subject.subjectId,
      delegateId: requester.id,
      kind: "PARENT",
      scope: FULL_SCOPE,
      canManage: true,
      status: "PENDING",
      startsAt: now,
      endsAt: null,
      createdAt: now,
      createdById: requester.id,
      channel: "ONLINE",
      selfCertification: `${declaration} (sottoscritta online il ${now.toISOString()})`,
    },
  });
  // The other parents already registered learn that someone asked: a request may be contested at the desk.
  const parents = await tx.delegation.findMany({ where: { subjectId: subject.subjectId, kind: { in: ["PARENT", "GUARDIAN"] }, status: "ACTIVE" }, select: { delegateId: true } });
  for (const parent of parents) {
    await notify(tx, parent.delegateId, "DELEGATION_CREATED", msg("È stata chiesta online una delega come genitore sul fascicolo di un minore che segui. Se non la riconosci, rivolgiti a un Punto Assistiti Salute."), now);
  }
  await notify(tx, requester.id, "DELEGATION_CREATED", msg("La tua richiesta di accesso al fascicolo di un figlio è registrata: diventa attiva quando un operatore di un Punto Assistiti Salute la conferma."), now);
  return null;
}

/** The desk operator confirms or refuses a parent's pending online request. */
export async function decideParentalRequest(tx: Tx, subject: AuthorizedSubject, delegationId: string, approve: boolean, now: Date): Promise<boolean> {
  AuthorizedSubject.check(subject, "delegation.manage");
  const request = await tx.delegation.findFirst({ where: { id: delegationId, subjectId: subject.subjectId, kind: "PARENT", status: "PENDING" }, select: { delegateId: true } });
  if (!request) return false;
  await tx.delegation.update({
    where: { id: delegationId },
    data: approve ? { status: "ACTIVE", acceptedAt: now, startsAt: now } : { status: "REJECTED", endedAt: now, endedById: subject.actor.personId },
  });
  const text = approve
    ? msg("La tua richiesta di accesso al fascicolo di un figlio è stata confermata. Lo trovi nella pagina «Deleghe».")
    : msg("La tua richiesta di accesso al fascicolo di un figlio non è stata confermata allo sportello.");
  await notify(tx, request.delegateId, approve ? "DELEGATION_CREATED" : "DELEGATION_CHANGED", text, now);
  return true;
}

export type DelegateAnswer = "ACCEPT" | "DECLINE" | "RENOUNCE";

/** The delegate accepts or declines a delegation that awaits them, or gives up one they hold. */
export async function respondToDelegation(tx: Tx, subject: AuthorizedSubject, delegationId: string, answer: DelegateAnswer, now: Date): Promise<boolean> {
  AuthorizedSubject.check(subject, "delegation.respond");
  const where = { id: delegationId, subjectId: subject.subjectId, delegateId: subject.actor.personId };
  const changed =
    answer === "ACCEPT"
      ? await tx.delegation.updateMany({ where: { ...where, kind: "TRUSTED", status: "PENDING" }, data: { status: "ACTIVE", acceptedAt: now, startsAt: now } })
      : await tx.delegation.updateMany({
          where: { ...where, status: answer === "DECLINE" ? "PENDING" : { in: ["PENDING", "ACTIVE"] } },
          data: { status: answer === "DECLINE" ? "REJECTED" : "REVOKED", endedAt: now, endedById: subject.actor.personId },
        });
  if (changed.count !== 1) return false;
  const texts: Record<DelegateAnswer, string> = {
    ACCEPT: msg("La persona che hai delegato ha accettato la delega sul tuo fascicolo."),
    DECLINE: msg("La persona che hai indicato non ha accettato la delega sul tuo fascicolo."),
    RENOUNCE: msg("Una persona delegata ha rinunciato alla delega sul tuo fascicolo."),
  };
  await notify(tx, subject.subjectId, "DELEGATION_CHANGED", texts[answer], now);
  return true;
}

/** The citizen (or the desk, for them) ends a delegation given on their record, pending or active. */
export async function endDelegation(tx: Tx, subject: AuthorizedSubject, delegationId: string, now: Date): Promise<boolean> {
  AuthorizedSubject.check(subject, "delegation.manage");
  const delegation = await tx.delegation.findFirst({ where: { id: delegationId, subjectId: subject.subjectId, status: { in: ["PENDING", "ACTIVE"] } }, select: { delegateId: true } });
  if (!delegation) return false;
  await tx.delegation.update({ where: { id: delegationId }, data: { status: "REVOKED", endedAt: now, endedById: subject.actor.personId } });
  await notify(tx, delegation.delegateId, "DELEGATION_CHANGED", msg("Una delega che avevi per il fascicolo di un'altra persona è terminata."), now);
  return true;
}
