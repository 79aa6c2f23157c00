import "server-only";
import { AccessMisuseError, AuthorizedSubject, REGION_SUBJECT } from "@/lib/access/gate";
import { joinSql, sql, type Sql, type Tx } from "@/lib/db/client";
import type { Window } from "./periods";

// The region's indicators as aggregate queries: each returns counts over everyone and never a row about
// one person. Each query reads one index range (the indexes lead with what it filters on; a test reads the
// plans); the SQL is plain enough to run unchanged on SQLite and PostgreSQL. A boolean column is tested
// bare (`"granted"`, `NOT "hiddenFromPatient"`), which both engines read the same way.

/** Access-log bases that mean the citizen's own record was opened, by them or by whoever acts for them. */
const USE_BASES = ["SELF", "DELEGATION"];

export const monitoringQueries = {
  /** Citizens whose record was opened, by themselves or a delegate (a parent for a minor), in the window. */
  citizensWhoUsed: (w: Window): Sql => sql`
    SELECT CAST(COUNT(DISTINCT "subjectId") AS INTEGER) AS n FROM "AccessLogEntry"
    WHERE "basis" IN (${joinSql(USE_BASES)}) AND "at" >= ${w.from} AND "at" < ${w.to} AND "action" <> 'delegation.respond'`,

  /** Citizens for whom at least one document they can find was published in the window. */
  citizensWithDocuments: (w: Window): Sql => sql`
    SELECT CAST(COUNT(DISTINCT "patientId") AS INTEGER) AS n FROM "Document"
    WHERE "publishedAt" >= ${w.from} AND "publishedAt" < ${w.to} AND "status" = 'CURRENT' AND NOT "hiddenFromPatient"`,

  /** Citizens whose latest consent-to-consultation choice up to `end` was a yes: a later revocation wins. */
  citizensWithConsent: (end: Date): Sql => sql`
    SELECT CAST(COUNT(*) AS INTEGER) AS n FROM "ConsentEvent" e
    WHERE e."kind" = 'CARE' AND e."at" < ${end} AND e."granted"
      AND NOT EXISTS (
        SELECT 1 FROM "ConsentEvent" l
        WHERE l."subjectId" = e."subjectId" AND l."kind" = 'CARE' AND l."at" < ${end}
          AND (l."at" > e."at" OR (l."at" = e."at" AND l."id" > e."id")))`,

  /** Every assisted citizen registered by `end`, minors included. */
  assistedCitizens: (end: Date): Sql => sql`
    SELECT CAST(COUNT(*) AS INTEGER) AS n FROM "Person" WHERE "createdAt" < ${end}`,

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

async function single(tx: Tx, query: Sql): Promise<number> {
  const [row] = await tx.$queryRaw<{ n: number | bigint }[]>(query);
  return Number(row?.n ?? 0);
}

export type RawRatio = { numerator: number; denominator: number };
export type RawFigures = { citizenUse: RawRatio; citizenConsent: RawRatio; specialistsEnabled: RawRatio; gpActivity: RawRatio };

/** The four indicators at one reference date: `citizen` is its 90-day window, `period` the chosen one. */
export async function measureIndicators(tx: Tx, subject: AuthorizedSubject, windows: { end: Date; citizen: Window; period: Window }): Promise<RawFigures> {
  region(subject);
  const q = monitoringQueries;
  // One after another: inside the gate's transaction the engine serves one statement at a time anyway.
  const used = await single(tx, q.citizensWhoUsed(windows.citizen));
  const withDocuments = await single(tx, q.citizensWithDocuments(windows.citizen));
  const consented = await single(tx, q.citizensWithConsent(windows.end));
  const assisted = await single(tx, q.assistedCitizens(windows.end));
  const [specialists] = await tx.$queryRaw<{ total: number | bigint; enabled: number | bigint }[]>(q.specialists(windows.end));
  const [gps] = await tx.$queryRaw<{ enabled: number | bigint; active: number | bigint }[]>(q.gpActivity(windows.period));
  return {
    citizenUse: { numerator: used, denominator: withDocuments },
    citizenConsent: { numerator: consented, denominator: assisted },
    specialistsEnabled: { numerator: Number(specialists?.enabled ?? 0), denominator: Number(specialists?.total ?? 0) },
    gpActivity: { numerator: Number(gps?.active ?? 0), denominator: Number(gps?.enabled ?? 0) },
  };
}

export type RawAvailability = { documents: Map<string, { documents: number; citizens: number }>; prescriptions: Map<string, { documents: number; citizens: number }> };

/** What citizens could find in the period: documents by LOINC type, e-prescriptions by kind. */
export async function measureAvailability(tx: Tx, subject: AuthorizedSubject, period: Window): Promise<RawAvailability> {
  region(subject);
  type Row = { code: string; documents: number | bigint; citizens: number | bigint };
  const toMap = (rows: Row[]) => new Map(rows.map((row) => [row.code, { documents: Number(row.documents), citizens: Number(row.citizens) }]));
  return {
    documents: toMap(await tx.$queryRaw<Row[]>(monitoringQueries.documentsByType(period))),
    prescriptions: toMap(await tx.$queryRaw<Row[]>(monitoringQueries.prescriptionsByKind(period))),
  };
}
