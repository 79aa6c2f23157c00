import "server-only";
import { AuthorizedSubject } from "@/lib/access/gate";
import type { Tx } from "@/lib/db/client";
import { INCOME_CODES } from "./labels";
import { declarableCodes, lastDayNotOverBefore } from "./rules";
import type { ExemptionItem, ExemptionKind, ExemptionOverview, SelfCertificationReceipt } from "./types";
import { msg } from "@/lib/i18n/translate";

// A record's exemptions: those issued (ASL, MEF lists) and the citizen's own income self-certifications,
// split into current and past at `now`.

export async function listExemptions(tx: Tx, subject: AuthorizedSubject, now: Date): Promise<ExemptionOverview> {
  AuthorizedSubject.check(subject, "health.read", "health.manage");
  const issued = await tx.exemption.findMany({ where: { patientId: subject.subjectId }, orderBy: [{ validFrom: "desc" }, { id: "desc" }], take: 200 });
  const declared = await tx.incomeSelfCertification.findMany({ where: { patientId: subject.subjectId }, orderBy: [{ declaredAt: "desc" }, { id: "desc" }], take: 200 });
  const entries: { item: ExemptionItem; inForce: boolean }[] = [
    ...issued.map((row) => ({
      item: {
        id: row.id,
        code: row.code,
        kind: row.kind as ExemptionKind,
        description: row.description,
        validFrom: row.validFrom.toISOString(),
        validUntil: row.validUntil?.toISOString() ?? null,
        issuedBy: row.issuedBy,
        selfCertification: null,
      },
      inForce: row.validFrom <= now && (!row.validUntil || row.validUntil > lastDayNotOverBefore(now)),
    })),
    ...declared.map((row) => ({
      item: {
        id: row.id,
        code: row.code,
        kind: "INCOME" as const,
        description: INCOME_CODES[row.code as keyof typeof INCOME_CODES] ?? row.code,
        // In force from the moment it is declared (the form says "da oggi"), not from the start of the
        // yearly period it belongs to: the period only fixes the end and the year whose income counts.
        validFrom: row.declaredAt.toISOString(),
        validUntil: (row.revokedAt ?? row.periodEnd).toISOString(),
        issuedBy: row.revokedAt ? msg("Autocertificazione revocata") : msg("Autocertificazione online"),
        selfCertification: { declaredAt: row.declaredAt.toISOString() },
      },
      inForce: !row.revokedAt && row.declaredAt <= now && row.periodEnd > lastDayNotOverBefore(now),
    })),
  ];
  return {
    current: entries.filter((entry) => entry.inForce).map((entry) => entry.item),
    past: entries.filter((entry) => !entry.inForce).map((entry) => entry.item),
    declarable: declarableCodes(await beneficiaryBirthDate(tx, subject), now),
  };
}

/** An income self-certification of this record, with what was declared, for its receipt. */
export async function getSelfCertification(tx: Tx, subject: AuthorizedSubject, id: string): Promise<SelfCertificationReceipt | null> {
  AuthorizedSubject.check(subject, "health.read", "health.manage");
  const row = await tx.incomeSelfCertification.findFirst({ where: { id, patientId: subject.subjectId }, include: { patient: { select: { givenName: true, familyName: true, fiscalCode: true } } } });
  if (!row) return null;
  return {
    id: row.id,
    code: row.code,
    description: INCOME_CODES[row.code as keyof typeof INCOME_CODES] ?? row.code,
    periodStart: row.periodStart.toISOString(),
    periodEnd: row.periodEnd.toISOString(),
    declaredAt: row.declaredAt.toISOString(),
    revokedAt: row.revokedAt?.toISOString() ?? null,
    declaration: JSON.parse(row.declaration) as Record<string, unknown>,
    person: { name: `${row.patient.givenName} ${row.patient.familyName}`, fiscalCode: row.patient.fiscalCode },
  };
}

/** The birth date the age conditions are checked against. */
export async function beneficiaryBirthDate(tx: Tx, subject: AuthorizedSubject): Promise<Date> {
  AuthorizedSubject.check(subject, "health.read", "health.manage");
  return (await tx.person.findUniqueOrThrow({ where: { id: subject.subjectId }, select: { birthDate: true } })).birthDate;
}
