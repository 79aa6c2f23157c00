import "server-only";
import { randomBytes } from "node:crypto";
import type { Db } from "@/lib/db/client";

export type SessionEndReason = "LOGOUT" | "IDLE" | "EXPIRED";

/** Opens a server-side session and records which provider and pairwise subject were used. */
export async function openSession(
  database: Db,
  input: { personId: string; provider: string; subject: string; acr: string; now: Date; maxHours: number; revocationToken?: string | null },
): Promise<string> {
  const id = randomBytes(32).toString("base64url");
  await database.$transaction([
    database.session.create({
      data: {
        id,
        personId: input.personId,
        provider: input.provider,
        acr: input.acr,
        revocationToken: input.revocationToken ?? null,
        createdAt: input.now,
        lastSeenAt: input.now,
        expiresAt: new Date(input.now.getTime() + input.maxHours * 3_600_000),
      },
    }),
    database.identityLink.upsert({
      where: { provider_subject: { provider: input.provider, subject: input.subject } },
      create: {
        id: randomBytes(16).toString("hex"),
        personId: input.personId,
        provider: input.provider,
        subject: input.subject,
        lastAcr: input.acr,
        lastLoginAt: input.now,
      },
      update: { lastAcr: input.acr, lastLoginAt: input.now },
    }),
  ]);
  return id;
}

export async function touchSession(database: Db, sessionId: string, now: Date): Promise<void> {
  await database.session.updateMany({ where: { id: sessionId, endedAt: null }, data: { lastSeenAt: now } });
}

/** Ends the session; the stored token, kept only for its revocation, goes with it. */
export async function endSession(database: Db, sessionId: string, reason: SessionEndReason, now: Date): Promise<void> {
  await database.session.updateMany({ where: { id: sessionId, endedAt: null }, data: { endedAt: now, endReason: reason, revocationToken: null } });
}
