import "server-only";
import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db/client";

export const DESK_SESSION_MINUTES = 20;

export async function openDeskSession(
  database: Db,
  input: { operatorId: string; deskPoint: string; subjectId: string; identityDocument: string; now: Date },
): Promise<string> {
  const id = randomUUID();
  await database.deskSession.create({
    data: {
      id,
      operatorId: input.operatorId,
      deskPoint: input.deskPoint,
      subjectId: input.subjectId,
      identityDocument: input.identityDocument,
      startedAt: input.now,
      expiresAt: new Date(input.now.getTime() + DESK_SESSION_MINUTES * 60_000),
    },
  });
  return id;
}

export async function closeDeskSession(database: Db, operatorId: string, sessionId: string, now: Date): Promise<void> {
  await database.deskSession.updateMany({ where: { id: sessionId, operatorId, endedAt: null }, data: { endedAt: now } });
}
