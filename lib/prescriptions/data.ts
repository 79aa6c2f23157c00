import "server-only";
import { AuthorizedSubject } from "@/lib/access/gate";
import type { Tx } from "@/lib/db/client";
import { decodeCursor, encodeCursor } from "@/lib/http/keyset-cursor";
import { PRESCRIPTION_KINDS, PRESCRIPTION_STATUSES, type PrescriptionFilters } from "./schema";
import type { PrescriptionDetail, PrescriptionKind, PrescriptionPage, PrescriptionStatus } from "./types";

// Reads of a patient's e-prescriptions, always scoped by the subject the gate authorized. The status is
// computed at read time from the dates, so a prescription expires on its own without a job.

const select = {
  id: true,
  nre: true,
  kind: true,
  prescriberName: true,
  prescriberRole: true,
  issuedAt: true,
  expiresAt: true,
  fulfilledAt: true,
  priority: true,
  exemptionCode: true,
  diagnosis: true,
  items: { orderBy: { position: "asc" }, select: { description: true, aicCode: true, serviceCode: true, atcCode: true, quantity: true } },
} as const;

type Row = {
  id: string;
  nre: string;
  kind: string;
  prescriberName: string;
  prescriberRole: string;
  issuedAt: Date;
  expiresAt: Date;
  fulfilledAt: Date | null;
  priority: string | null;
  exemptionCode: string | null;
  diagnosis: string | null;
  items: { description: string; aicCode: string | null; serviceCode: string | null; atcCode: string | null; quantity: number }[];
};

export function prescriptionStatus(row: { fulfilledAt: Date | null; expiresAt: Date }, now: Date): PrescriptionStatus {
  if (row.fulfilledAt) return "FULFILLED";
  return now >= row.expiresAt ? "EXPIRED" : "TO_FULFIL";
}

function toDetail(row: Row, now: Date): PrescriptionDetail {
  return {
    id: row.id,
    nre: row.nre,
    kind: row.kind as PrescriptionKind,
    status: prescriptionStatus(row, now),
    prescriberName: row.prescriberName,
    prescriberRole: row.prescriberRole,
    issuedAt: row.issuedAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    fulfilledAt: row.fulfilledAt?.toISOString() ?? null,
    priority: row.priority,
    exemptionCode: row.exemptionCode,
    diagnosis: row.diagnosis,
    items: row.items.map((item) => ({ description: item.description, code: item.aicCode ?? item.serviceCode, atcCode: item.atcCode, quantity: item.quantity })),
  };
}

function statusWhere(status: PrescriptionStatus | undefined, now: Date) {
  if (status === "FULFILLED") return { fulfilledAt: { not: null } };
  if (status === "EXPIRED") return { fulfilledAt: null, expiresAt: { lte: now } };
  if (status === "TO_FULFIL") return { fulfilledAt: null, expiresAt: { gt: now } };
  return {};
}

/** Newest first, one keyset page at a time. */
export async function listPrescriptions(tx: Tx, subject: AuthorizedSubject, filters: PrescriptionFilters, pageSize: number, now: Date): Promise<PrescriptionPage> {
  AuthorizedSubject.check(subject, "health.read", "health.manage");
  const cursor = decodeCursor(filters.dopo);
  const rows = await tx.prescription.findMany({
    where: {
      patientId: subject.subjectId,
      ...(filters.tipo ? { kind: PRESCRIPTION_KINDS[filters.tipo] } : {}),
      ...statusWhere(filters.stato ? PRESCRIPTION_STATUSES[filters.stato] : undefined, now),
      ...(cursor ? { OR: [{ issuedAt: { lt: cursor.at } }, { issuedAt: cursor.at, id: { lt: cursor.id } }] } : {}),
    },
    orderBy: [{ issuedAt: "desc" }, { id: "desc" }],
    take: pageSize + 1,
    select,
  });
  const page = rows.slice(0, pageSize);
  const last = page.at(-1);
  return { items: page.map((row) => toDetail(row, now)), nextCursor: rows.length > pageSize && last ? encodeCursor({ at: last.issuedAt, id: last.id }) : null };
}

/** One prescription of the authorized subject, or null: someone else's looks exactly like a missing one. */
export async function getPrescription(tx: Tx, subject: AuthorizedSubject, prescriptionId: string, now: Date): Promise<PrescriptionDetail | null> {
  AuthorizedSubject.check(subject, "health.read", "health.manage");
  const row = await tx.prescription.findFirst({ where: { id: prescriptionId, patientId: subject.subjectId }, select });
  return row ? toDetail(row, now) : null;
}

/** Name and fiscal code printed on the promemoria. */
export async function prescriptionHolder(tx: Tx, subject: AuthorizedSubject) {
  AuthorizedSubject.check(subject, "health.read", "health.manage");
  const person = await tx.person.findUniqueOrThrow({ where: { id: subject.subjectId }, select: { givenName: true, familyName: true, fiscalCode: true } });
  return { name: `${person.familyName} ${person.givenName}`, fiscalCode: person.fiscalCode };
}
