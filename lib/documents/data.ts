import "server-only";
import { AuthorizedSubject } from "@/lib/access/gate";
import { joinSql, type Sql, sql, type Tx } from "@/lib/db/client";
import { countOf, dateOf } from "@/lib/db/rows";
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

/** The same filter as `visibleDocuments`, as SQL on the "Document" row aliased `d`, for the list's statements. */
function visibleDocumentsSql(subject: AuthorizedSubject): Sql {
  AuthorizedSubject.check(subject);
  const { visibility } = subject;
  const conditions = [sql`d."patientId" = ${subject.subjectId}`, sql`d."status" = 'CURRENT'`];
  if (visibility.excludeHiddenFromPatient) conditions.push(sql`d."hiddenFromPatient" = false`);
  if (visibility.excludeHiddenFromParents) conditions.push(sql`d."hiddenFromParents" = false`);
  if (visibility.excludeHeightenedProtection) conditions.push(sql`d."heightenedProtection" = false`);
  if (visibility.excludeObscured) conditions.push(sql`d."obscuredAtSource" = false`, sql`d."obscuredByCitizen" = false`);
  return joinSql(conditions, " AND ");
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
  const [row] = await tx.$queryRaw<{ published: bigint | number }[]>(sql`
    SELECT COUNT(*) AS "published" FROM "Document" d WHERE ${visibleDocumentsSql(subject)} AND d."publishedAt" > ${since}`);
  return countOf(row?.published);
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

/** A LIKE pattern that finds `text` anywhere, its wildcards taken literally. */
function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

// The list's statements are parameterised SQL rather than the model API: the document list is the most
// requested page, and each model query costs its compilation on every request (decision 0023).
async function documentsWhereSql(tx: Tx, subject: AuthorizedSubject, filters: DocumentFilters): Promise<Sql> {
  const conditions = [visibleDocumentsSql(subject)];
  if (filters.tipo) conditions.push(sql`d."typeCode" = ${filters.tipo}`);
  if (filters.struttura) conditions.push(sql`d."facilityId" = ${filters.struttura}`);
  if (filters.testo) {
    const loincs = await loincsNamed(tx, subject, filters.testo);
    const title = sql`d."titleSearch" LIKE ${containsPattern(filters.testo.toLowerCase())} ESCAPE '\\'`;
    conditions.push(
      loincs.length > 0
        ? sql`(${title} OR EXISTS (SELECT 1 FROM "LabObservation" o WHERE o."documentId" = d."id" AND o."loinc" IN (${joinSql(loincs)})))`
        : title,
    );
  }
  // The days a person types are Rome days, as every date on the page is shown.
  if (filters.dal) conditions.push(sql`d."clinicalDate" >= ${startOfRomeDay(filters.dal)}`);
  if (filters.al) conditions.push(sql`d."clinicalDate" < ${startOfNextRomeDay(filters.al)}`);
  return joinSql(conditions, " AND ");
}

/** How many documents match the filters, for "120 documenti": one record's count, on its own index. */
export async function countDocuments(tx: Tx, subject: AuthorizedSubject, filters: DocumentFilters): Promise<number> {
  AuthorizedSubject.check(subject, "document.list");
  const [row] = await tx.$queryRaw<{ total: bigint | number }[]>(sql`SELECT COUNT(*) AS "total" FROM "Document" d WHERE ${await documentsWhereSql(tx, subject, filters)}`);
  return countOf(row?.total);
}

export type DocumentSummary = { total: number; years: number[]; facilities: FacilityOption[] };

/**
 * What the list shows above its rows — how many documents there are, the calendar years (Rome) from the
 * newest to the oldest for jumping to a year, and the facilities to filter by — from one grouped statement:
 * a patient with thousands of documents has only a handful of facilities.
 */
export async function documentSummary(tx: Tx, subject: AuthorizedSubject): Promise<DocumentSummary> {
  AuthorizedSubject.check(subject, "document.list");
  const groups = await tx.$queryRaw<{ facilityId: string; total: bigint | number; oldest: Date | string; newest: Date | string }[]>(sql`
    SELECT d."facilityId", COUNT(*) AS "total", MIN(d."clinicalDate") AS "oldest", MAX(d."clinicalDate") AS "newest"
    FROM "Document" d WHERE ${visibleDocumentsSql(subject)} GROUP BY d."facilityId"`);
  const registry = await facilitiesById(tx, groups.map((group) => group.facilityId));
  const facilities = groups
    .map((group) => ({ id: group.facilityId, name: registry.get(group.facilityId)?.name ?? "" }))
    .sort((a, b) => a.name.localeCompare(b.name, "it"));
  if (groups.length === 0) return { total: 0, years: [], facilities };
  const to = Math.max(...groups.map((group) => Number(romeIsoDate(dateOf(group.newest)).slice(0, 4))));
  const from = Math.min(...groups.map((group) => Number(romeIsoDate(dateOf(group.oldest)).slice(0, 4))));
  return {
    total: groups.reduce((sum, group) => sum + countOf(group.total), 0),
    years: Array.from({ length: to - from + 1 }, (_, index) => to - index),
    facilities,
  };
}

type ListColumns = Omit<ListRow, "labObservations">;

/** The first test names of each lab report in `rows`, one statement for the whole page. */
async function withMainTests<R extends ListColumns>(tx: Tx, rows: R[]): Promise<(R & Pick<ListRow, "labObservations">)[]> {
  const ids = rows.map((row) => row.id);
  const names = new Map<string, { name: string }[]>();
  if (ids.length > 0) {
    const tests = await tx.$queryRaw<{ documentId: string; name: string }[]>(sql`
      SELECT "documentId", "name" FROM (
        SELECT o."documentId", o."name", o."id", ROW_NUMBER() OVER (PARTITION BY o."documentId" ORDER BY o."id") AS "place"
        FROM "LabObservation" o WHERE o."documentId" IN (${joinSql(ids)})
      ) ranked WHERE "place" <= ${MAIN_TESTS + 1} ORDER BY "documentId", "id"`);
    for (const test of tests) names.set(test.documentId, [...(names.get(test.documentId) ?? []), { name: test.name }]);
  }
  return rows.map((row) => ({ ...row, labObservations: names.get(row.id) ?? [] }));
}

export async function listDocuments(tx: Tx, subject: AuthorizedSubject, filters: DocumentFilters, pageSize: number): Promise<DocumentListPage> {
  AuthorizedSubject.check(subject, "document.list");
  const cursor = decodeCursor(filters.dopo);
  const after = cursor ? sql` AND (d."clinicalDate" < ${cursor.at} OR (d."clinicalDate" = ${cursor.at} AND d."id" < ${cursor.id}))` : sql``;
  const rows = await tx.$queryRaw<ListColumns[]>(sql`
    SELECT d."id", d."title", d."typeCode", d."clinicalDate", d."authorName", d."obscuredAtSource", d."obscuredByCitizen", d."facilityId", d."firstOpenedAt"
    FROM "Document" d WHERE ${await documentsWhereSql(tx, subject, filters)}${after}
    ORDER BY d."clinicalDate" DESC, d."id" DESC LIMIT ${pageSize + 1}`);
  const page = await withMainTests(tx, rows.slice(0, pageSize));
  const last = page.at(-1);
  const facilities = await facilitiesById(tx, page.map((row) => row.facilityId));
  return {
    items: page.map((row) => toListItem(row, facilities)),
    nextCursor: rows.length > pageSize && last ? encodeCursor({ at: last.clinicalDate, id: last.id }) : null,
  };
}

/** The document the gate authorized (subject.documentId), with its replaced versions. */
export async function getDocument(tx: Tx, subject: AuthorizedSubject): Promise<DocumentDetail | null> {
  AuthorizedSubject.check(subject, "document.read", "document.download");
  if (!subject.documentId) return null;
  const [found] = await tx.$queryRaw<(ListColumns & { publishedAt: Date; version: number; setId: string; confidentiality: string; contentType: string; fileSize: number; fileHash: string; derivedHash: string | null })[]>(sql`
    SELECT d."id", d."title", d."typeCode", d."clinicalDate", d."authorName", d."obscuredAtSource", d."obscuredByCitizen", d."facilityId", d."firstOpenedAt",
           d."publishedAt", d."version", d."setId", d."confidentiality", d."contentType", d."fileSize", d."fileHash", d."derivedHash"
    FROM "Document" d WHERE ${visibleDocumentsSql(subject)} AND d."id" = ${subject.documentId}`);
  if (!found) return null;
  const [row] = await withMainTests(tx, [found]);
  if (!row) return null;
  const facilities = await facilitiesById(tx, [row.facilityId]);
  const replaced = await tx.$queryRaw<{ id: string; version: number; publishedAt: Date }[]>(sql`
    SELECT "id", "version", "publishedAt" FROM "Document"
    WHERE "patientId" = ${subject.subjectId} AND "setId" = ${row.setId} AND "status" = 'REPLACED' ORDER BY "version" DESC`);
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
