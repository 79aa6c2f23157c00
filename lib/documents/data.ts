import "server-only";
import { AuthorizedSubject } from "@/lib/access/gate";
import type { Tx } from "@/lib/db/client";
import { decodeCursor, encodeCursor } from "@/lib/http/keyset-cursor";
import { romeIsoDate, startOfNextRomeDay, startOfRomeDay } from "@/lib/i18n/time-zone";
import { documentTypeLabel } from "./document-types";
import type { DocumentFilters } from "./schema";
import { facilitiesById, type FacilityInfo } from "@/lib/facilities/data";
import type { DocumentDetail, DocumentListItem, DocumentListPage, FacilityOption } from "./types";

// Reads of a patient's documents. Every query is scoped by the AuthorizedSubject the gate minted, and
// applies its visibility filter: what the filter removes, the page never learns about.

/** The documents this subject's viewer may see; also scopes data drawn from documents (vaccinations…). */
export function visibleDocuments(subject: AuthorizedSubject) {
  AuthorizedSubject.check(subject);
  const { visibility } = subject;
  return {
    patientId: subject.subjectId,
    status: "CURRENT",
    ...(visibility.excludeHiddenFromPatient ? { hiddenFromPatient: false } : {}),
    ...(visibility.excludeHiddenFromParents ? { hiddenFromParents: false } : {}),
    ...(visibility.excludeHeightenedProtection ? { heightenedProtection: false } : {}),
    ...(visibility.excludeObscured ? { obscuredAtSource: false, obscuredByCitizen: false } : {}),
  };
}

/** How many test names a list row shows; one more is read to know that there are others. */
const MAIN_TESTS = 3;

const listSelect = {
  id: true,
  title: true,
  typeCode: true,
  clinicalDate: true,
  authorName: true,
  obscuredAtSource: true,
  obscuredByCitizen: true,
  facilityId: true,
  firstOpenedAt: true,
  // A lab report's title says only "Referto di laboratorio": its first tests say what it is about.
  labObservations: { select: { name: true }, orderBy: { id: "asc" }, take: MAIN_TESTS + 1 },
} as const;

type ListRow = {
  id: string;
  title: string;
  typeCode: string;
  clinicalDate: Date;
  authorName: string;
  obscuredAtSource: boolean;
  obscuredByCitizen: boolean;
  facilityId: string;
  firstOpenedAt: Date | null;
  labObservations: { name: string }[];
};

function toListItem(row: ListRow, facilities: Map<string, FacilityInfo>): DocumentListItem {
  return {
    id: row.id,
    title: row.title,
    typeCode: row.typeCode,
    typeLabel: documentTypeLabel(row.typeCode),
    clinicalDate: row.clinicalDate.toISOString(),
    facilityName: facilities.get(row.facilityId)?.name ?? "",
    authorName: row.authorName,
    obscured: row.obscuredAtSource || row.obscuredByCitizen,
    isNew: row.firstOpenedAt === null,
    mainTests: [...new Set(row.labObservations.map((observation) => observation.name))].slice(0, MAIN_TESTS),
    moreTests: row.labObservations.length > MAIN_TESTS,
  };
}

/** The documents the citizen obscured, for undoing it: empty unless the gate's filter lets obscured ones through. */
export async function listObscuredByCitizen(tx: Tx, subject: AuthorizedSubject, take: number): Promise<DocumentListItem[]> {
  AuthorizedSubject.check(subject, "document.visibility", "document.list");
  if (subject.visibility.excludeObscured) return [];
  const rows = await tx.document.findMany({
    where: { ...visibleDocuments(subject), obscuredByCitizen: true, obscuredAtSource: false },
    orderBy: [{ clinicalDate: "desc" }, { id: "desc" }],
    take,
    select: listSelect,
  });
  const facilities = await facilitiesById(tx, rows.map((row) => row.facilityId));
  return rows.map((row) => toListItem(row, facilities));
}

/** How many documents this viewer may see were published after `since` (for "new since your last visit"). */
export async function countPublishedSince(tx: Tx, subject: AuthorizedSubject, since: Date): Promise<number> {
  AuthorizedSubject.check(subject, "document.list");
  return tx.document.count({ where: { ...visibleDocuments(subject), publishedAt: { gt: since } } });
}

/**
 * The lab tests of this record whose name contains `text`: a search for "glucosio" finds the reports that
 * measured it although their title is only "Referto di laboratorio". Names are matched here, in lower case,
 * so the search behaves alike on both engines; the documents found still pass the visibility filter.
 */
async function loincsNamed(tx: Tx, subject: AuthorizedSubject, text: string): Promise<string[]> {
  const tests = await tx.labObservation.groupBy({ by: ["loinc", "name"], where: { patientId: subject.subjectId } });
  const needle = text.toLowerCase();
  return [...new Set(tests.filter((test) => test.name.toLowerCase().includes(needle)).map((test) => test.loinc))];
}

async function documentsWhere(tx: Tx, subject: AuthorizedSubject, filters: DocumentFilters) {
  const loincs = filters.testo ? await loincsNamed(tx, subject, filters.testo) : [];
  return {
    ...visibleDocuments(subject),
    ...(filters.tipo ? { typeCode: filters.tipo } : {}),
    ...(filters.struttura ? { facilityId: filters.struttura } : {}),
    AND: [
      filters.testo
        ? { OR: [{ titleSearch: { contains: filters.testo.toLowerCase() } }, ...(loincs.length > 0 ? [{ labObservations: { some: { loinc: { in: loincs } } } }] : [])] }
        : {},
      // The days a person types are Rome days, as every date on the page is shown.
      filters.dal ? { clinicalDate: { gte: startOfRomeDay(filters.dal) } } : {},
      filters.al ? { clinicalDate: { lt: startOfNextRomeDay(filters.al) } } : {},
    ],
  };
}

/** How many documents match the filters, for "120 documenti": one record's count, on its own index. */
export async function countDocuments(tx: Tx, subject: AuthorizedSubject, filters: DocumentFilters): Promise<number> {
  AuthorizedSubject.check(subject, "document.list");
  return tx.document.count({ where: await documentsWhere(tx, subject, filters) });
}

/** The calendar years (Rome) from the newest document to the oldest, for jumping to a year. */
export async function documentYears(tx: Tx, subject: AuthorizedSubject): Promise<number[]> {
  AuthorizedSubject.check(subject, "document.list");
  const [newest, oldest] = await Promise.all([
    tx.document.findFirst({ where: visibleDocuments(subject), orderBy: { clinicalDate: "desc" }, select: { clinicalDate: true } }),
    tx.document.findFirst({ where: visibleDocuments(subject), orderBy: { clinicalDate: "asc" }, select: { clinicalDate: true } }),
  ]);
  if (!newest || !oldest) return [];
  const to = Number(romeIsoDate(newest.clinicalDate).slice(0, 4));
  const from = Number(romeIsoDate(oldest.clinicalDate).slice(0, 4));
  return Array.from({ length: to - from + 1 }, (_, index) => to - index);
}

export async function listDocuments(tx: Tx, subject: AuthorizedSubject, filters: DocumentFilters, pageSize: number): Promise<DocumentListPage> {
  AuthorizedSubject.check(subject, "document.list");
  const cursor = decodeCursor(filters.dopo);
  const where = await documentsWhere(tx, subject, filters);
  const rows = await tx.document.findMany({
    where: {
      ...where,
      AND: [...where.AND, cursor ? { OR: [{ clinicalDate: { lt: cursor.at } }, { clinicalDate: cursor.at, id: { lt: cursor.id } }] } : {}],
    },
    orderBy: [{ clinicalDate: "desc" }, { id: "desc" }],
    take: pageSize + 1,
    select: listSelect,
  });
  const page = rows.slice(0, pageSize);
  const last = page.at(-1);
  const facilities = await facilitiesById(tx, page.map((row) => row.facilityId));
  return {
    items: page.map((row) => toListItem(row, facilities)),
    nextCursor: rows.length > pageSize && last ? encodeCursor({ at: last.clinicalDate, id: last.id }) : null,
  };
}

export async function listFacilities(tx: Tx, subject: AuthorizedSubject): Promise<FacilityOption[]> {
  AuthorizedSubject.check(subject, "document.list");
  // GROUP BY in the database: a patient with thousands of documents has only a handful of facilities.
  const groups = await tx.document.groupBy({ by: ["facilityId"], where: visibleDocuments(subject) });
  const registry = await facilitiesById(tx, groups.map((group) => group.facilityId));
  return groups
    .map((group) => ({ id: group.facilityId, name: registry.get(group.facilityId)?.name ?? "" }))
    .sort((a, b) => a.name.localeCompare(b.name, "it"));
}

/** The document the gate authorized (subject.documentId), with its replaced versions. */
export async function getDocument(tx: Tx, subject: AuthorizedSubject): Promise<DocumentDetail | null> {
  AuthorizedSubject.check(subject, "document.read", "document.download");
  if (!subject.documentId) return null;
  const row = await tx.document.findFirst({
    where: { ...visibleDocuments(subject), id: subject.documentId },
    select: {
      ...listSelect,
      publishedAt: true,
      version: true,
      setId: true,
      confidentiality: true,
      contentType: true,
      fileSize: true,
      fileHash: true,
      derivedHash: true,
    },
  });
  if (!row) return null;
  const facilities = await facilitiesById(tx, [row.facilityId]);
  const replaced = await tx.document.findMany({
    where: { patientId: subject.subjectId, setId: row.setId, status: "REPLACED" },
    orderBy: { version: "desc" },
    select: { id: true, version: true, publishedAt: true },
  });
  return {
    ...toListItem(row, facilities),
    obscuredByCitizen: row.obscuredByCitizen,
    obscuredAtSource: row.obscuredAtSource,
    publishedAt: row.publishedAt.toISOString(),
    facilityType: facilities.get(row.facilityId)?.type ?? "",
    version: row.version,
    confidentiality: row.confidentiality,
    contentType: row.contentType,
    fileSize: row.fileSize,
    fileHash: row.fileHash,
    derivedHash: row.derivedHash,
    replacedVersions: replaced.map((version) => ({ ...version, publishedAt: version.publishedAt.toISOString() })),
  };
}

/** The id of the newest visible document of one type (e.g. the latest Patient Summary), or null. */
export async function latestDocumentIdOfType(tx: Tx, subject: AuthorizedSubject, typeCode: string): Promise<string | null> {
  AuthorizedSubject.check(subject, "document.list");
  const row = await tx.document.findFirst({
    where: { ...visibleDocuments(subject), typeCode },
    orderBy: [{ clinicalDate: "desc" }, { id: "desc" }],
    select: { id: true },
  });
  return row?.id ?? null;
}
