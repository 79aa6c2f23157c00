import "server-only";
import { cache } from "react";
import { withAccess } from "@/lib/access/gate";
import { requireActingContext } from "@/lib/delegations/context";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { getNotebookEntry, listNotebook, notebookFile } from "./data";

export const loadNotebook = cache(async (label: string | undefined) => {
  const { actor, subjectId } = await requireActingContext();
  const outcome = await withAccess(await db(), { actor, action: "health.read", subjectId, purpose: "TACCUINO" }, (subject, tx) => listNotebook(tx, subject, label));
  return { outcome, maxMb: env().NOTEBOOK_MAX_MB };
});

/** A notebook file of the record being consulted (metadata and authorised hash, streamed by the route); null when it is not there. */
export async function loadNotebookFile(entryId: string) {
  const { actor, subjectId } = await requireActingContext();
  const outcome = await withAccess(await db(), { actor, action: "health.read", subjectId, resource: { type: "NOTEBOOK_ENTRY", id: entryId }, purpose: "TACCUINO_FILE" }, (subject, tx) =>
    notebookFile(tx, subject, entryId),
  );
  if (!outcome.allowed || !outcome.value) return null;
  return outcome.value;
}

/** One entry of the record being consulted, to change it; the gate's refusal or null hide it alike. */
export const loadNotebookEntry = cache(async (entryId: string) => {
  const { actor, subjectId } = await requireActingContext();
  const outcome = await withAccess(await db(), { actor, action: "health.manage", subjectId, resource: { type: "NOTEBOOK_ENTRY", id: entryId }, purpose: "TACCUINO" }, (subject, tx) =>
    getNotebookEntry(tx, subject, entryId),
  );
  return outcome.allowed ? outcome.value : null;
});
