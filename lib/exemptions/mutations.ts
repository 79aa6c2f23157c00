import "server-only";
import { randomUUID } from "node:crypto";
import { AuthorizedSubject } from "@/lib/access/gate";
import type { Tx } from "@/lib/db/client";
import { beneficiaryBirthDate } from "./data";
import { translator, type Translator } from "@/lib/i18n/translate";
import { assessIncomeExemption, exemptionPeriod, lastDayNotOverBefore, type IncomeDeclaration } from "./rules";

export type DeclarationOutcome = { recorded: true; id: string } | { recorded: false; reasons: string[] };

/** Records a self-certification if the rule grants it, once per code and period; otherwise says why not, in `t`'s language. */
export async function declareIncomeExemption(tx: Tx, subject: AuthorizedSubject, declaration: IncomeDeclaration, now: Date, t: Translator = translator("it")): Promise<DeclarationOutcome> {
  AuthorizedSubject.check(subject, "health.manage");
  const assessment = assessIncomeExemption(declaration, await beneficiaryBirthDate(tx, subject), now, t);
  if (!assessment.eligible) return { recorded: false, reasons: assessment.reasons };
  const { start, end } = exemptionPeriod(now);
  const existing = await tx.incomeSelfCertification.findFirst({
    where: { patientId: subject.subjectId, code: declaration.code, periodStart: start, revokedAt: null },
    select: { id: true },
  });
  if (existing) return { recorded: false, reasons: [t("Esiste già un'autocertificazione {code} valida per questo periodo.", { code: declaration.code })] };
  const id = randomUUID();
  await tx.incomeSelfCertification.create({
    data: {
      id,
      patientId: subject.subjectId,
      code: declaration.code,
      periodStart: start,
      periodEnd: end,
      declaration: JSON.stringify(declaration),
      declaredAt: now,
      declaredById: subject.actor.personId,
      declaredByRole: subject.actor.role,
    },
  });
  return { recorded: true, id };
}

/** Revokes a self-certification still in force; false when there is none with that id on this record. */
export async function revokeIncomeExemption(tx: Tx, subject: AuthorizedSubject, id: string, now: Date): Promise<boolean> {
  AuthorizedSubject.check(subject, "health.manage");
  const { count } = await tx.incomeSelfCertification.updateMany({
    where: { id, patientId: subject.subjectId, revokedAt: null, periodEnd: { gt: lastDayNotOverBefore(now) } },
    data: { revokedAt: now, revokedById: subject.actor.personId },
  });
  return count === 1;
}
