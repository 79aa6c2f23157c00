import { translator, type Translator } from "@/lib/i18n/translate";
import { ADULT_AGE } from "@/lib/access/policy";

// What a new delegation must respect, as a pure function so each threshold is tested on its edge.

export type NewDelegation = {
  kind: "PARENT" | "GUARDIAN" | "TRUSTED";
  subjectAge: number;
  delegateAge: number;
  delegateIsSubject: boolean;
  endsAt: Date | null;
  courtDecree: string | null;
  activeTrustedDelegates: number;
  now: Date;
};

export type DelegationLimits = { maxMonths: number; maxActive: number };

function addMonths(date: Date, months: number): Date {
  const result = new Date(date);
  result.setUTCMonth(result.getUTCMonth() + months);
  return result;
}

/** Null when the delegation may be registered; otherwise the reason, in plain words of `t`'s language. */
export function delegationRefusal(request: NewDelegation, limits: DelegationLimits, t: Translator = translator("it")): string | null {
  if (request.delegateIsSubject) return t("Una persona non può delegare sé stessa.");
  if (request.delegateAge < ADULT_AGE) return t("Il delegato deve essere maggiorenne.");
  if (request.kind === "PARENT" && request.subjectAge >= ADULT_AGE) return t("L'accesso come genitore è possibile solo per un figlio minorenne.");
  if (request.kind === "GUARDIAN" && !request.courtDecree) return t("Per registrare un tutore serve il riferimento del provvedimento del giudice.");
  if (request.kind === "TRUSTED") {
    if (request.subjectAge < ADULT_AGE) return t("Solo una persona maggiorenne può delegare una persona di fiducia.");
    if (!request.endsAt) return t("Indica fino a quando vale la delega.");
    if (request.endsAt <= request.now) return t("La data di fine della delega deve essere futura.");
    if (request.endsAt > addMonths(request.now, limits.maxMonths)) return t("Una delega può durare al massimo {months} mesi.", { months: limits.maxMonths });
    if (request.activeTrustedDelegates >= limits.maxActive) return t("Si possono avere al massimo {count} persone delegate attive.", { count: limits.maxActive });
  }
  return null;
}
