import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/test/database";
import { monitoringQueries } from "./data";
import { windowsFor } from "./periods";

// Every monitoring query reads an index, never a whole table: on SQLite the planner's own plan must name
// an index for each table it reads; on PostgreSQL, with sequential scans priced out, no table is read
// sequentially (which would mean no index can serve the query). The data model's indexes lead with what
// each query filters on.

let t: TestDatabase;
const w = windowsFor("2026-06-30", "trimestre");
const earlier = windowsFor("2026-03-30", "trimestre");
const QUERIES = {
  citizensWhoUsed: monitoringQueries.citizensWhoUsed(w.citizen),
  citizensWithDocuments: monitoringQueries.citizensWithDocuments(w.citizen),
  consentChanges: monitoringQueries.consentChanges([earlier.end, w.end]),
  assistedCitizens: monitoringQueries.assistedCitizens(w.end),
  registeredSince: monitoringQueries.registeredSince([earlier.end, w.end]),
  specialists: monitoringQueries.specialists(w.end),
  gpActivity: monitoringQueries.gpActivity(w.period),
  documentsByType: monitoringQueries.documentsByType(w.period),
  prescriptionsByKind: monitoringQueries.prescriptionsByKind(w.period),
};

beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.close());

describe(`monitoring query plans (${process.env.TEST_PG_URL ? "PostgreSQL" : "SQLite"})`, () => {
  it.each(Object.entries(QUERIES))("%s reads through an index", async (_, query) => {
    if (t.engine === "sqlite") {
      const plan = await t.db.$queryRawUnsafe<{ detail: string }[]>(`EXPLAIN QUERY PLAN ${query.sql}`, ...query.values);
      // Table reads only: a scan of a subquery's own result (the consent events with their next one, built
      // by a co-routine the plan names) reads no table.
      const subqueries = plan.map((step) => /^(?:CO-ROUTINE|MATERIALIZE) (\S+)/.exec(step.detail)?.[1]).filter(Boolean);
      const reads = plan.map((step) => step.detail).filter((detail) => /^(SCAN|SEARCH) /.test(detail) && !subqueries.some((name) => detail === `SCAN ${name}`));
      expect(reads.length).toBeGreaterThan(0);
      for (const read of reads) expect(read).toMatch(/USING (COVERING )?INDEX|USING INTEGER PRIMARY KEY/);
    } else {
      const plan = await t.db.$transaction(async (tx) => {
        await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
        return tx.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN ${query.text}`, ...query.values);
      });
      const text = plan.map((row) => row["QUERY PLAN"]).join("\n");
      expect(text).toMatch(/Index/);
      expect(text).not.toMatch(/Seq Scan/);
    }
  });
});
