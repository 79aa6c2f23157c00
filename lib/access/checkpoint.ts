import { createHash } from "node:crypto";
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, unlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { CompactSign, compactVerify, exportJWK, generateKeyPair, importJWK, type CryptoKey, type JWK } from "jose";
import type { CheckpointSettings } from "@/lib/env";
import type { ChainHead } from "./data";
import type { ChainProblem, SealedEntry } from "./log-hash";

// Signed checkpoints of the access log (decision 0014). The hash chains catch a row changed or removed by
// someone who got past the triggers, but whoever can write the database can also recompute every hash.
// A checkpoint, signed with a key the database never holds, records where each chain that moved stood at
// its cut; a later rewrite of any row up to there no longer matches it. Checkpoints link to the one before
// them, so removing one from the middle shows too; copying them to a store the DBA cannot reach (the
// directory is configurable) is what protects the latest ones.

export const CHECKPOINT_ALG = "ES256";
const FILE_PATTERN = /^checkpoint-(\d{8})\.jws$/;

export type Checkpoint = {
  version: 1;
  sequence: number;
  issuedAt: string;
  /** Rows sealed after `from` (or ever, for the first) and up to `cut` moved the heads listed. */
  from: string | null;
  cut: string;
  /** SHA-256 of the previous checkpoint file, null for the first. */
  previous: string | null;
  heads: ChainHead[];
};

export type CheckpointKeys = { signing: CryptoKey | null; verifying: CryptoKey; kid: string };

export function checkpointDir(settings: CheckpointSettings): string {
  return path.resolve(settings.AUDIT_CHECKPOINT_DIR ?? path.join(settings.DATA_DIR, "audit-checkpoints"));
}

function kidOf(jwk: JWK): string {
  return createHash("sha256").update(`${jwk.crv}.${jwk.x}.${jwk.y}`).digest("base64url").slice(0, 16);
}

function publicPart({ kty, crv, x, y }: JWK): JWK {
  return { kty, crv, x, y };
}

/**
 * The keys from the settings; without them, in demo mode, a key pair generated once into the data
 * directory (production refuses to start without AUDIT_CHECKPOINT_KEY, see lib/env.ts).
 */
export async function loadCheckpointKeys(settings: CheckpointSettings): Promise<CheckpointKeys | null> {
  let privateJwk: JWK | null = settings.AUDIT_CHECKPOINT_KEY ? (JSON.parse(settings.AUDIT_CHECKPOINT_KEY) as JWK) : null;
  let publicJwk: JWK | null = settings.AUDIT_CHECKPOINT_PUBLIC_KEY ? (JSON.parse(settings.AUDIT_CHECKPOINT_PUBLIC_KEY) as JWK) : null;
  if (!privateJwk && !publicJwk) {
    const file = path.join(path.resolve(settings.DATA_DIR), "audit-checkpoint-key.json");
    if (existsSync(file)) privateJwk = JSON.parse(readFileSync(file, "utf8")) as JWK;
    else if (settings.FASCICOLO_DEMO) {
      const { privateKey } = await generateKeyPair(CHECKPOINT_ALG, { extractable: true });
      privateJwk = await exportJWK(privateKey);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(privateJwk), { mode: 0o600 });
    } else return null;
  }
  publicJwk ??= publicPart(privateJwk!);
  return {
    signing: privateJwk ? ((await importJWK(privateJwk, CHECKPOINT_ALG)) as CryptoKey) : null,
    verifying: (await importJWK(publicPart(publicJwk), CHECKPOINT_ALG)) as CryptoKey,
    kid: kidOf(publicJwk),
  };
}

const digest = (text: string) => createHash("sha256").update(text).digest("hex");

function checkpointFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((name) => FILE_PATTERN.test(name)).sort();
}

export type CheckpointReading = { checkpoints: Checkpoint[]; problem: string | null; lastFileDigest: string | null };

/** Every checkpoint in the directory, each signature verified and each linked to the one before it. */
export async function readCheckpoints(dir: string, keys: CheckpointKeys): Promise<CheckpointReading> {
  const checkpoints: Checkpoint[] = [];
  let previousDigest: string | null = null;
  for (const name of checkpointFiles(dir)) {
    const text = readFileSync(path.join(dir, name), "utf8").trim();
    let checkpoint: Checkpoint;
    try {
      const { payload } = await compactVerify(text, keys.verifying, { algorithms: [CHECKPOINT_ALG] });
      checkpoint = JSON.parse(new TextDecoder().decode(payload)) as Checkpoint;
    } catch {
      return { checkpoints, problem: `checkpoint ${name}: la firma non è valida`, lastFileDigest: previousDigest };
    }
    const expectedSequence = checkpoints.length + 1;
    if (checkpoint.sequence !== expectedSequence || Number(FILE_PATTERN.exec(name)![1]) !== expectedSequence) {
      return { checkpoints, problem: `checkpoint ${name}: atteso il numero ${expectedSequence} (un checkpoint manca)`, lastFileDigest: previousDigest };
    }
    if (checkpoint.previous !== previousDigest) {
      return { checkpoints, problem: `checkpoint ${name}: non segue il checkpoint precedente`, lastFileDigest: previousDigest };
    }
    checkpoints.push(checkpoint);
    previousDigest = digest(text);
  }
  return { checkpoints, problem: null, lastFileDigest: previousDigest };
}

/**
 * Signs and writes the next checkpoint. `headsBetween` reads where the chains stand; the cut lags `now`
 * by a minute so that a seal committing while this runs falls in the next checkpoint, never in none.
 * Two processes writing at once: the second's exclusive create fails and it writes nothing.
 */
export async function writeCheckpoint(
  dir: string,
  keys: CheckpointKeys,
  headsBetween: (from: Date | null, cut: Date) => Promise<ChainHead[]>,
  now: Date = new Date(),
): Promise<Checkpoint | null> {
  if (!keys.signing) throw new Error("checkpoint key without its private part: cannot sign");
  const reading = await readCheckpoints(dir, keys);
  if (reading.problem) throw new Error(reading.problem);
  const last = reading.checkpoints.at(-1) ?? null;
  const cut = new Date(now.getTime() - 60_000);
  const from = last ? new Date(last.cut) : null;
  if (from && cut <= from) return null;
  const checkpoint: Checkpoint = {
    version: 1,
    sequence: (last?.sequence ?? 0) + 1,
    issuedAt: now.toISOString(),
    from: from?.toISOString() ?? null,
    cut: cut.toISOString(),
    previous: reading.lastFileDigest,
    heads: await headsBetween(from, cut),
  };
  const jws = await new CompactSign(new TextEncoder().encode(JSON.stringify(checkpoint)))
    .setProtectedHeader({ alg: CHECKPOINT_ALG, kid: keys.kid, typ: "fascicolo-audit-checkpoint" })
    .sign(keys.signing);
  mkdirSync(dir, { recursive: true });
  const name = `checkpoint-${String(checkpoint.sequence).padStart(8, "0")}.jws`;
  // Written aside, then linked into place: the link is atomic and fails if the name exists.
  const temporary = path.join(dir, `.${name}.${process.pid}.tmp`);
  writeFileSync(temporary, `${jws}\n`, { mode: 0o640 });
  try {
    linkSync(temporary, path.join(dir, name));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return null;
    throw error;
  } finally {
    unlinkSync(temporary);
  }
  return checkpoint;
}

/**
 * Checks the log's rows against the checkpoints while the chain verifier streams them (same order:
 * subject, then place): the row at each checkpointed place must carry the checkpointed hash, and no
 * chain may now be shorter than a checkpoint saw it.
 */
export class CheckpointCheck {
  private expected = new Map<string, { count: number; hash: string; sequence: number }[]>();
  private reached = new Map<string, number>();

  constructor(checkpoints: Checkpoint[]) {
    for (const checkpoint of checkpoints) {
      for (const head of checkpoint.heads) {
        const list = this.expected.get(head.subjectId) ?? [];
        list.push({ count: head.count, hash: head.hash, sequence: checkpoint.sequence });
        this.expected.set(head.subjectId, list);
      }
    }
  }

  push(entry: SealedEntry): ChainProblem | null {
    this.reached.set(entry.subjectId, entry.chainIndex ?? 0);
    const mark = this.expected.get(entry.subjectId)?.find((m) => m.count === entry.chainIndex);
    if (mark && mark.hash !== entry.hash) {
      return {
        seq: String(entry.seq),
        subjectId: entry.subjectId,
        chainIndex: entry.chainIndex,
        problem: `the chain up to this row differs from signed checkpoint ${mark.sequence} (history was rewritten)`,
      };
    }
    return null;
  }

  end(): ChainProblem | null {
    for (const [subjectId, marks] of this.expected) {
      const reached = this.reached.get(subjectId) ?? 0;
      const longest = marks.reduce((a, b) => (b.count > a.count ? b : a));
      if (reached < longest.count) {
        return { seq: "-", subjectId, chainIndex: reached, problem: `signed checkpoint ${longest.sequence} saw ${longest.count} rows, the chain now has ${reached}` };
      }
    }
    return null;
  }
}
