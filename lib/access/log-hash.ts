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

export type SealedEntry = HashedFields & { seq: number | bigint; chainIndex: number | null; prevHash: string | null; hash: string | null };

export type ChainProblem = { seq: string; subjectId: string; chainIndex: number | null; problem: string };

/** Checks one subject's chain, given its sealed entries in chain order; returns the first broken position. */
export function verifyChain(entries: SealedEntry[]): { ok: true } | { ok: false; brokenAt: number } {
  const verifier = new ChainVerifier();
  for (let i = 0; i < entries.length; i++) if (verifier.push(entries[i]!)) return { ok: false, brokenAt: i };
  return { ok: true };
}

/**
 * Recomputes the chains from a stream of sealed entries ordered by subject, then place in the chain —
 * constant memory, so it runs over the whole log. `push` returns the first problem it finds, if any;
 * `end(heads)` checks that each chain ends where its recorded head says.
 */
export class ChainVerifier {
  private subjectId: string | null = null;
  private expectedPrev = GENESIS_HASH;
  private expectedIndex = 1;
  private lastHashes = new Map<string, { hash: string; count: number }>();
  checked = 0;

  push(entry: SealedEntry): ChainProblem | null {
    if (entry.subjectId !== this.subjectId) {
      this.subjectId = entry.subjectId;
      this.expectedPrev = GENESIS_HASH;
      this.expectedIndex = 1;
    }
    const problem = (text: string): ChainProblem => ({ seq: String(entry.seq), subjectId: entry.subjectId, chainIndex: entry.chainIndex, problem: text });
    this.checked++;
    if (entry.chainIndex !== this.expectedIndex) return problem(`expected place ${this.expectedIndex} in the chain, found ${entry.chainIndex ?? "none"} (a row removed or inserted)`);
    if (entry.prevHash !== this.expectedPrev) return problem("its previous hash is not the hash of the row before it");
    if (entry.hash === null || entryHash(entry.prevHash, entry) !== entry.hash) return problem("its content does not match its hash (the row was changed)");
    this.expectedPrev = entry.hash;
    this.expectedIndex++;
    this.lastHashes.set(entry.subjectId, { hash: entry.hash, count: entry.chainIndex });
    return null;
  }

  /** The recorded heads must match the chains' ends: rows cut off the end of a chain show up here. */
  end(heads: { subjectId: string; hash: string; count: number }[]): ChainProblem | null {
    for (const head of heads) {
      const last = this.lastHashes.get(head.subjectId);
      if (!last || last.hash !== head.hash || last.count !== head.count) {
        return { seq: "-", subjectId: head.subjectId, chainIndex: last?.count ?? null, problem: `the chain ends at ${last?.count ?? 0} rows but its head records ${head.count}` };
      }
    }
    return null;
  }
}
