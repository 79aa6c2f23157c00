import { createHash } from "node:crypto";

// The hash of an access-log entry covers every field a reader relies on, plus the previous hash of the
// same subject's chain: changing or removing any earlier row breaks every later hash.

export const GENESIS_HASH = "0".repeat(64);

export type HashedFields = {
  at: Date;
  actorId: string;
  actorRole: string;
  basis: string | null;
  subjectId: string;
  action: string;
  resourceType: string;
  resourceId: string | null;
  outcome: string;
  reason: string;
  purpose: string;
  detail: string | null;
};

export function entryHash(prevHash: string, fields: HashedFields): string {
  const canonical = JSON.stringify([
    prevHash,
    fields.at.toISOString(),
    fields.actorId,
    fields.actorRole,
    fields.basis,
    fields.subjectId,
    fields.action,
    fields.resourceType,
    fields.resourceId,
    fields.outcome,
    fields.reason,
    fields.purpose,
    fields.detail,
  ]);
  return createHash("sha256").update(canonical).digest("hex");
}

/** Checks one subject's chain, given its entries in append order; returns the first broken position. */
export function verifyChain(entries: (HashedFields & { prevHash: string; hash: string })[]): { ok: true } | { ok: false; brokenAt: number } {
  let expectedPrev = GENESIS_HASH;
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;
    if (entry.prevHash !== expectedPrev || entryHash(entry.prevHash, entry) !== entry.hash) return { ok: false, brokenAt: i };
    expectedPrev = entry.hash;
  }
  return { ok: true };
}
