import "server-only";
import { randomUUID } from "node:crypto";
import { AuthorizedSubject } from "@/lib/access/gate";
import type { Tx } from "@/lib/db/client";

export type NewEntry = {
  title: string;
  note: string;
  labels: string[];
  shared: boolean;
  file: { hash: string; name: string; type: string; size: number } | null;
};

export async function addNotebookEntry(tx: Tx, subject: AuthorizedSubject, entry: NewEntry, now: Date): Promise<string> {
  AuthorizedSubject.check(subject, "health.manage");
  const id = randomUUID();
  await tx.notebookEntry.create({
    data: {
      id,
      patientId: subject.subjectId,
      title: entry.title,
      note: entry.note || null,
      labels: entry.labels.join(","),
      fileHash: entry.file?.hash ?? null,
      fileName: entry.file?.name ?? null,
      fileType: entry.file?.type ?? null,
      fileSize: entry.file?.size ?? null,
      sharedWithProfessionals: entry.shared,
      createdAt: now,
      createdById: subject.actor.personId,
    },
  });
  return id;
}

export type EntryWords = { title: string; note: string; labels: string[] };

/** Changes an entry's title, text and labels; false when the entry is not on this record. */
export async function updateNotebookEntry(tx: Tx, subject: AuthorizedSubject, entryId: string, words: EntryWords): Promise<boolean> {
  AuthorizedSubject.check(subject, "health.manage");
  const { count } = await tx.notebookEntry.updateMany({
    where: { id: entryId, patientId: subject.subjectId },
    data: { title: words.title, note: words.note || null, labels: words.labels.join(",") },
  });
  return count === 1;
}

/** Shares an entry with professionals or stops sharing it; false when the entry is not on this record. */
export async function setEntrySharing(tx: Tx, subject: AuthorizedSubject, entryId: string, shared: boolean): Promise<boolean> {
  AuthorizedSubject.check(subject, "health.manage");
  const { count } = await tx.notebookEntry.updateMany({ where: { id: entryId, patientId: subject.subjectId }, data: { sharedWithProfessionals: shared } });
  return count === 1;
}

export async function deleteNotebookEntry(tx: Tx, subject: AuthorizedSubject, entryId: string): Promise<boolean> {
  AuthorizedSubject.check(subject, "health.manage");
  const { count } = await tx.notebookEntry.deleteMany({ where: { id: entryId, patientId: subject.subjectId } });
  return count === 1;
}
