import "server-only";
import type { Db, Tx } from "@/lib/db/client";

// The facilities registry is reference data — a region has hundreds of facilities, not millions, and
// no patient's data lives in it — so each process keeps it and pages name facilities without a query.
// It is re-read when an id is missing (a facility registered since) or after a minute (a renaming).

export type FacilityInfo = { name: string; type: string };

const MAX_AGE_MS = 60_000;
let registry: { loadedAt: number; byId: Map<string, FacilityInfo> } | null = null;

async function load(tx: Tx): Promise<Map<string, FacilityInfo>> {
  const rows = await tx.facility.findMany({ select: { id: true, name: true, type: true } });
  registry = { loadedAt: Date.now(), byId: new Map(rows.map((row) => [row.id, { name: row.name, type: row.type }])) };
  return registry.byId;
}

/** Name and type of each facility asked for; an id the registry does not hold is simply absent. */
export async function facilitiesById(tx: Tx, ids: Iterable<string>): Promise<Map<string, FacilityInfo>> {
  const wanted = [...new Set(ids)];
  const fresh = registry && Date.now() - registry.loadedAt < MAX_AGE_MS ? registry.byId : null;
  if (fresh && wanted.every((id) => fresh.has(id))) return fresh;
  return load(tx);
}

/** For tests that change the registry under a running process. */
export function forgetFacilities(): void {
  registry = null;
}

/** The registered applications with their facility, for the registry command. */
export async function listApplications(database: Db) {
  return database.facilityApplication.findMany({
    orderBy: [{ facilityId: "asc" }, { createdAt: "asc" }],
    select: { id: true, name: true, commonName: true, certificateSha256: true, keyId: true, createdAt: true, revokedAt: true, facility: { select: { code: true, name: true } } },
  });
}
