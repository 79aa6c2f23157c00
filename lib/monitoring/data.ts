import "server-only";
import { AccessMisuseError, AuthorizedSubject, REGION_SUBJECT } from "@/lib/access/gate";
import { joinSql, rawSql, sql, type Sql, type Tx } from "@/lib/db/client";
import type { Window } from "./periods";

// The region's indicators as aggregate queries: each returns counts over everyone and never a row about
// one person. Counts of distinct citizens are one statement per date, each reading its own 90 days of an
// index (one statement over all the dates would read the whole year once per date); counts that can be
// summed (consent in force, people registered) are one statement with a column per date. Each reads one
// index range (the indexes lead with what it filters on; a test reads the plans); the SQL runs unchanged
// on SQLite and PostgreSQL: a boolean column is tested bare (`"granted"`, `NOT "hiddenFromPatient"`),
// which both engines read the same way.

/** Access-log bases that mean the citizen's own record was opened, by them or by whoever acts for them. */
const USE_BASES = ["SELF", "DELEGATION"];

/** One column per point, `p0`, `p1`…: the aliases are the code's own numbering, never input. */
const columns = (parts: Sql[]) => joinSql(parts.map((part, index) => sql`CAST(COALESCE(${part}, 0) AS INTEGER) AS ${rawSql(`"p${index}"`)}`));

export const monitoringQueries = {
  /** Citizens whose record was opened, by themselves or a delegate (a parent for a minor), in the window. */
  citizensWhoUsed: (w: Window): Sql => sql`
    SELECT CAST(COUNT(DISTINCT "subjectId") AS INTEGER) AS n FROM "AccessLogEntry"
    WHERE "basis" IN (${joinSql(USE_BASES)}) AND "at" >= ${w.from} AND "at" < ${w.to} AND "action" <> 'delegation.respond'`,

  /** Citizens for whom at least one document they can find was published in the window. */
  citizensWithDocuments: (w: Window): Sql => sql`
    SELECT CAST(COUNT(DISTINCT "patientId") AS INTEGER) AS n FROM "Document"
    WHERE "publishedAt" >= ${w.from} AND "publishedAt" < ${w.to} AND "status" = 'CURRENT' AND NOT "hiddenFromPatient"`,

  /**
   * How the number of citizens whose consent to consultation is in force changed between the ends (which
   * must be in order): each person's choice holds until their next one, so every event that turns their
   * no (or nothing yet) into a yes adds one and every yes turned into a no takes one away. Bucket k holds
   * the changes before ends[k] and from ends[k-1]; the count in force at ends[k] is the sum of buckets 0…k.
   * One pass over the events, in the index's order.
   */
  consentChanges: (ends: Date[]): Sql => sql`
    SELECT "bucket", CAST(SUM("delta") AS INTEGER) AS n FROM (
      SELECT CASE ${joinSql(ends.map((end, index) => sql`WHEN "at" < ${end} THEN ${index}`), " ")} END AS "bucket",
        CASE WHEN "granted" AND ("previous" IS NULL OR NOT "previous") THEN 1 WHEN NOT "granted" AND "previous" THEN -1 ELSE 0 END AS "delta"
      FROM (
        SELECT "granted", "at", LAG("granted") OVER (PARTITION BY "subjectId" ORDER BY "at", "id") AS "previous"
        FROM "ConsentEvent" WHERE "kind" = 'CARE' AND "at" < ${ends.at(-1)!}
      ) events
    ) changes
    GROUP BY "bucket"`,

  /** Every assisted citizen registered by the latest end, minors included. */
  assistedCitizens: (end: Date): Sql => sql`
    SELECT CAST(COUNT(*) AS INTEGER) AS n FROM "Person" WHERE "createdAt" < ${end}`,

  /** Those of them registered after each earlier end: the few recent rows, not the whole registry again. */
  registeredSince: (ends: Date[]): Sql => {
    const latest = new Date(Math.max(...ends.map((end) => end.getTime())));
    const earliest = new Date(Math.min(...ends.map((end) => end.getTime())));
    return sql`
      SELECT ${columns(ends.map((end) => sql`SUM(CASE WHEN "createdAt" >= ${end} THEN 1 ELSE 0 END)`))}
      FROM "Person" WHERE "createdAt" >= ${earliest} AND "createdAt" < ${latest}`;
  },

  /** The specialists of the region's facilities, and those enabled to the FSE at `end`. */
  specialists: (end: Date): Sql => sql`
    SELECT CAST(COUNT(*) AS INTEGER) AS total,
      CAST(COALESCE(SUM(CASE WHEN "enabledFrom" < ${end} AND ("enabledUntil" IS NULL OR "enabledUntil" >= ${end}) THEN 1 ELSE 0 END), 0) AS INTEGER) AS enabled
    FROM "PersonRole"
    WHERE "role" = 'PROFESSIONAL' AND "professionalKind" = 'SPECIALIST' AND "facilityId" IS NOT NULL`,

  /**
   * GPs and paediatricians enabled at the window's end, and those of them with at least one operation on
   * the FSE in the window: a consultation allowed by the gate, a document they published, a prescription.
   */
  gpActivity: (w: Window): Sql => sql`
    SELECT CAST(COUNT(*) AS INTEGER) AS enabled,
      CAST(COALESCE(SUM(CASE WHEN
        EXISTS (SELECT 1 FROM "AccessLogEntry" a WHERE a."actorId" = r."personId" AND a."at" >= ${w.from} AND a."at" < ${w.to}
                  AND a."actorRole" = 'PROFESSIONAL' AND a."outcome" = 'ALLOW')
        OR EXISTS (SELECT 1 FROM "Document" d WHERE d."authorId" = r."personId" AND d."publishedAt" >= ${w.from} AND d."publishedAt" < ${w.to})
        OR EXISTS (SELECT 1 FROM "Prescription" p WHERE p."prescriberId" = r."personId" AND p."issuedAt" >= ${w.from} AND p."issuedAt" < ${w.to})
      THEN 1 ELSE 0 END), 0) AS INTEGER) AS active
    FROM "PersonRole" r
    WHERE r."role" = 'PROFESSIONAL' AND r."professionalKind" IN ('MMG', 'PLS')
      AND r."enabledFrom" < ${w.to} AND (r."enabledUntil" IS NULL OR r."enabledUntil" >= ${w.to})`,

  /** Documents citizens can find, published in the window, and the citizens they belong to, by type. */
  documentsByType: (w: Window): Sql => sql`
    SELECT "typeCode" AS code, CAST(COUNT(*) AS INTEGER) AS documents, CAST(COUNT(DISTINCT "patientId") AS INTEGER) AS citizens
    FROM "Document"
    WHERE "publishedAt" >= ${w.from} AND "publishedAt" < ${w.to} AND "status" = 'CURRENT' AND NOT "hiddenFromPatient"
    GROUP BY "typeCode"`,

  /** E-prescriptions issued in the window, and their citizens, by kind (pharmaceutical, specialist). */
  prescriptionsByKind: (w: Window): Sql => sql`
    SELECT "kind" AS code, CAST(COUNT(*) AS INTEGER) AS documents, CAST(COUNT(DISTINCT "patientId") AS INTEGER) AS citizens
    FROM "Prescription"
    WHERE "issuedAt" >= ${w.from} AND "issuedAt" < ${w.to}
    GROUP BY "kind"`,
};

function region(subject: unknown): void {
  const authorized = AuthorizedSubject.check(subject, "monitoring.read");
  if (authorized.subjectId !== REGION_SUBJECT) throw new AccessMisuseError("monitoring reads the region's aggregates only");
}

type Count = number | bigint;

/** The `p0`, `p1`… columns of a series statement, in order. */
async function single(tx: Tx, query: Sql): Promise<number> {
  const [row] = await tx.$queryRaw<{ n: Count }[]>(query);
  return Number(row?.n ?? 0);
}

async function series(tx: Tx, query: Sql, length: number): Promise<number[]> {
  const [row] = await tx.$queryRaw<Record<string, Count>[]>(query);
  return Array.from({ length }, (_, index) => Number(row?.[`p${index}`] ?? 0));
}

/** Citizens with consent in force at each end (in order): the running sum of the changes up to it. */
async function consentInForce(tx: Tx, ends: Date[]): Promise<number[]> {
  const rows = await tx.$queryRaw<{ bucket: Count; n: Count }[]>(monitoringQueries.consentChanges(ends));
  const changes = new Map(rows.map((row) => [Number(row.bucket), Number(row.n)]));
  let total = 0;
  return ends.map((_, index) => (total += changes.get(index) ?? 0));
}

export type RawRatio = { numerator: number; denominator: number };
export type RawFigures = { citizenUse: RawRatio; citizenConsent: RawRatio; specialistsEnabled: RawRatio; gpActivity: RawRatio };
export type Measurement = { end: Date; citizen: Window; period: Window };

/** The four indicators at each of `points` (a reference date's end, its 90 days, its period), in order. */
export async function measureIndicators(tx: Tx, subject: AuthorizedSubject, points: Measurement[]): Promise<RawFigures[]> {
  region(subject);
  if (points.some((point, index) => index > 0 && point.end <= points[index - 1]!.end)) throw new RangeError("the dates must be in order");
  const q = monitoringQueries;
  const ends = points.map((point) => point.end);
  // One after another: inside the gate's transaction the engine serves one statement at a time anyway.
  const consented = await consentInForce(tx, ends);
  const registered = await single(tx, q.assistedCitizens(new Date(Math.max(...ends.map((end) => end.getTime())))));
  const since = await series(tx, q.registeredSince(ends), points.length);
  const figures: RawFigures[] = [];
  for (const [index, point] of points.entries()) {
    const used = await single(tx, q.citizensWhoUsed(point.citizen));
    const withDocuments = await single(tx, q.citizensWithDocuments(point.citizen));
    // Professionals are a few thousand rows at most: one small statement per date.
    const [specialists] = await tx.$queryRaw<{ total: Count; enabled: Count }[]>(q.specialists(point.end));
    const [gps] = await tx.$queryRaw<{ enabled: Count; active: Count }[]>(q.gpActivity(point.period));
    figures.push({
      citizenUse: { numerator: used, denominator: withDocuments },
      citizenConsent: { numerator: consented[index]!, denominator: registered - since[index]! },
      specialistsEnabled: { numerator: Number(specialists?.enabled ?? 0), denominator: Number(specialists?.total ?? 0) },
      gpActivity: { numerator: Number(gps?.active ?? 0), denominator: Number(gps?.enabled ?? 0) },
    });
  }
  return figures;
}

export type RawAvailability = { documents: Map<string, { documents: number; citizens: number }>; prescriptions: Map<string, { documents: number; citizens: number }> };

/** What citizens could find in the period: documents by LOINC type, e-prescriptions by kind. */
export async function measureAvailability(tx: Tx, subject: AuthorizedSubject, period: Window): Promise<RawAvailability> {
  region(subject);
  type Row = { code: string; documents: Count; citizens: Count };
  const toMap = (rows: Row[]) => new Map(rows.map((row) => [row.code, { documents: Number(row.documents), citizens: Number(row.citizens) }]));
  return {
    documents: toMap(await tx.$queryRaw<Row[]>(monitoringQueries.documentsByType(period))),
    prescriptions: toMap(await tx.$queryRaw<Row[]>(monitoringQueries.prescriptionsByKind(period))),
  };
}
