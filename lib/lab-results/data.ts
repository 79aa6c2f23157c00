import "server-only";
import { AuthorizedSubject } from "@/lib/access/gate";
import type { Tx } from "@/lib/db/client";
import { visibleDocuments } from "@/lib/documents/data";
import type { LabPoint, LabTrend, MeasuredTest } from "./types";

// Lab results across all of a record's lab reports, for trends. Each result is shown only where its
// report may be shown to this viewer.

/** A lifetime of one test is at most a few hundred values; more would not fit a chart anyway. */
const MAX_POINTS = 1000;

const pointSelect = { observedAt: true, numericValue: true, valueText: true, unit: true, low: true, high: true, outOfRange: true, documentId: true } as const;

function toPoint(row: { observedAt: Date; numericValue: number | null; valueText: string; unit: string | null; low: number | null; high: number | null; outOfRange: boolean; documentId: string }): LabPoint {
  return {
    observedAt: row.observedAt.toISOString(),
    value: row.numericValue,
    valueText: row.valueText,
    unit: row.unit,
    low: row.low,
    high: row.high,
    outOfRange: row.outOfRange,
    documentId: row.documentId,
  };
}

/** The tests measured at least once, each with its latest value, alphabetically. */
export async function listMeasuredTests(tx: Tx, subject: AuthorizedSubject): Promise<MeasuredTest[]> {
  AuthorizedSubject.check(subject, "document.list", "health.read");
  const where = { patientId: subject.subjectId, document: visibleDocuments(subject) };
  const groups = await tx.labObservation.groupBy({ by: ["loinc"], where, _count: { _all: true }, _max: { observedAt: true } });
  if (groups.length === 0) return [];
  // The latest value of every test in one query: each test's rows at its latest date, newest id first.
  const latestRows = await tx.labObservation.findMany({
    where: { ...where, OR: groups.map((group) => ({ loinc: group.loinc, observedAt: group._max.observedAt! })) },
    orderBy: [{ id: "desc" }],
    select: { ...pointSelect, loinc: true, name: true },
  });
  const latestByLoinc = new Map<string, (typeof latestRows)[number]>();
  for (const row of latestRows) if (!latestByLoinc.has(row.loinc)) latestByLoinc.set(row.loinc, row);
  return groups
    .flatMap((group) => {
      const latest = latestByLoinc.get(group.loinc);
      return latest ? [{ loinc: group.loinc, name: latest.name, count: group._count._all, latest: toPoint(latest) }] : [];
    })
    .sort((a, b) => a.name.localeCompare(b.name, "it"));
}

/** Every visible value of one test, oldest first; null when this record has none. */
export async function labTrend(tx: Tx, subject: AuthorizedSubject, loinc: string): Promise<LabTrend | null> {
  AuthorizedSubject.check(subject, "document.list", "health.read");
  const rows = await tx.labObservation.findMany({
    where: { patientId: subject.subjectId, loinc, document: visibleDocuments(subject) },
    orderBy: [{ observedAt: "asc" }, { id: "asc" }],
    take: MAX_POINTS,
    select: { ...pointSelect, name: true },
  });
  const last = rows.at(-1);
  if (!last) return null;
  return { loinc, name: last.name, unit: last.unit, points: rows.map(toPoint) };
}
