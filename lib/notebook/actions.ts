"use server";

import { msg } from "@/lib/i18n/translate";
import { revalidatePath } from "next/cache";
import { withAccess } from "@/lib/access/gate";
import { requireActingContext } from "@/lib/delegations/context";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { invalidForm, typedValues, type FormState } from "@/lib/http/form-state";
import { documentStore } from "@/lib/storage/document-store";
import { getT } from "@/lib/i18n/server";
import { checkUpload } from "./file-check";
import { addNotebookEntry, deleteNotebookEntry, setEntrySharing, updateNotebookEntry } from "./mutations";
import { editEntrySchema, entryIdSchema, newEntrySchema, sharingSchema } from "./schema";

const REFUSED: FormState = { status: "error", message: msg("Operazione non consentita. Nessuna modifica è stata fatta.") };

/** Adds a note, with an optional file checked by its content and stored encrypted. */
export async function addEntry(_previous: FormState, form: FormData): Promise<FormState> {
  const file = form.get("file");
  const parsed = newEntrySchema.safeParse(Object.fromEntries([...form.entries()].filter(([key]) => key !== "file")));
  if (!parsed.success) return invalidForm(parsed.error, form);
  const { actor, subjectId } = await requireActingContext();
  let stored = null;
  if (file instanceof File && file.size > 0) {
    const checked = await checkUpload(file, env().NOTEBOOK_MAX_MB * 1024 * 1024, await getT());
    if (!checked.ok) return { status: "error", message: msg("Controlla i dati inseriti."), fieldErrors: { file: checked.message }, values: typedValues(form) };
    // Stored before the gate's transaction: a refused request leaves only an unreferenced encrypted blob.
    const { hash, size } = await documentStore().put(checked.bytes);
    stored = { hash, size, name: checked.name, type: checked.type };
  }
  const outcome = await withAccess(await db(), { actor, action: "health.manage", subjectId, purpose: "TACCUINO" }, (subject, tx) =>
    addNotebookEntry(tx, subject, { title: parsed.data.title, note: parsed.data.note, labels: parsed.data.labels, shared: parsed.data.shared === "on", file: stored }, new Date()),
  );
  if (!outcome.allowed) return REFUSED;
  revalidatePath("/taccuino");
  return { status: "ok", message: msg("Aggiunto al taccuino.") };
}

/** Changes a note's title, text and labels, through the gate like adding one, and logged with the entry it changed. */
export async function editEntry(_previous: FormState, form: FormData): Promise<FormState> {
  const parsed = editEntrySchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalidForm(parsed.error, form);
  const { actor, subjectId } = await requireActingContext();
  const { entryId, title, note, labels } = parsed.data;
  const outcome = await withAccess(await db(), { actor, action: "health.manage", subjectId, resource: { type: "NOTEBOOK_ENTRY", id: entryId }, purpose: "TACCUINO" }, (subject, tx) =>
    updateNotebookEntry(tx, subject, entryId, { title, note, labels }),
  );
  if (!outcome.allowed || !outcome.value) return REFUSED;
  revalidatePath("/taccuino");
  return { status: "ok", message: msg("Modifiche salvate.") };
}

export async function changeSharing(_previous: FormState, form: FormData): Promise<FormState> {
  const parsed = sharingSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { status: "error", message: msg("Dati non validi.") };
  const { actor, subjectId } = await requireActingContext();
  const outcome = await withAccess(await db(), { actor, action: "health.manage", subjectId, purpose: "TACCUINO" }, (subject, tx) =>
    setEntrySharing(tx, subject, parsed.data.entryId, parsed.data.shared),
  );
  if (!outcome.allowed || !outcome.value) return REFUSED;
  revalidatePath("/taccuino");
  return { status: "ok", message: parsed.data.shared ? msg("Ora i professionisti che possono consultare il fascicolo vedono questa nota.") : msg("Ora questa nota la vedi solo tu.") };
}

export async function removeEntry(_previous: FormState, form: FormData): Promise<FormState> {
  const parsed = entryIdSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { status: "error", message: msg("Dati non validi.") };
  const { actor, subjectId } = await requireActingContext();
  const outcome = await withAccess(await db(), { actor, action: "health.manage", subjectId, purpose: "TACCUINO" }, (subject, tx) => deleteNotebookEntry(tx, subject, parsed.data.entryId));
  if (!outcome.allowed || !outcome.value) return REFUSED;
  revalidatePath("/taccuino");
  return { status: "ok", message: msg("Nota eliminata.") };
}
