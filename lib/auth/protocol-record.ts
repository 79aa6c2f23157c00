import "server-only";
import { db } from "@/lib/db/client";
import { recordProtocolMessage } from "./mutations";
import type { ProtocolMessage } from "./protocol-log";

// Where the protocol messages are written from the login's steps, the logout and the session sweep. A
// row that cannot be written is reported in the server log, never shown to the person.

/** Writes one protocol row; false (and a line in the server log) when it could not be written. */
export async function logProtocolMessage(message: ProtocolMessage, now = new Date()): Promise<boolean> {
  try {
    await recordProtocolMessage(await db(), message, now);
    return true;
  } catch (error) {
    console.error(`[protocol-log] riga ${message.kind} per ${message.provider} non scritta: ${(error as Error).message}`);
    return false;
  }
}

export class ProtocolLogUnavailable extends Error {
  constructor() {
    super("PROTOCOL_LOG_UNAVAILABLE");
  }
}

/**
 * For the login's own steps: the rules require their messages to be kept, so a login whose row cannot be
 * written stops there, and the person sees the login page's plain error.
 */
export async function requireProtocolRow(message: ProtocolMessage): Promise<void> {
  if (!(await logProtocolMessage(message))) throw new ProtocolLogUnavailable();
}
