import "server-only";
import { AuthorizedSubject } from "@/lib/access/gate";
import type { Tx } from "@/lib/db/client";
import type { NotebookItem } from "./types";

// The notebook of the authorized subject, newest first. Professionals see only what the citizen shared.

const SHOWN = 200;

type Row = { id: string; title: string; note: string | null; labels: string; fileName: string | null; fileType: string | null; fileSize: number | null; sharedWithProfessionals: boolean; createdAt: Date };

function toItem(row: Row): NotebookItem {
  return {
    id: row.id,
    title: row.title,
    note: row.note,
    labels: row.labels.split(",").filter(Boolean),
    file: row.fileName && row.fileType && row.fileSize !== null ? { name: row.fileName, type: row.fileType, size: row.fileSize } : null,
    sharedWithProfessionals: row.sharedWithProfessionals,
    createdAt: row.createdAt.toISOString(),
  };
}

function visibleEntries(subject: AuthorizedSubject) {
  AuthorizedSubject.check(subject);
  return { patientId: subject.subjectId, ...(subject.actor.role === "PROFESSIONAL" ? { sharedWithProfessionals: true } : {}) };
}

export async function listNotebook(tx: Tx, subject: AuthorizedSubject, label: string | undefined): Promise<{ items: NotebookItem[]; labels: string[] }> {
  AuthorizedSubject.check(subject, "health.read", "health.manage", "document.list");
  const rows = await tx.notebookEntry.findMany({ where: visibleEntries(subject), orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: SHOWN });
  const items = rows.map(toItem);
  const labels = [...new Set(items.flatMap((item) => item.labels))].sort((a, b) => a.localeCompare(b, "it"));
  return { items: label ? items.filter((item) => item.labels.includes(label)) : items, labels };
}

/** One entry of this record, for changing it; null when it is not there for this viewer. */
export async function getNotebookEntry(tx: Tx, subject: AuthorizedSubject, entryId: string): Promise<NotebookItem | null> {
  AuthorizedSubject.check(subject, "health.read", "health.manage");
  const row = await tx.notebookEntry.findFirst({ where: { ...visibleEntries(subject), id: entryId } });
  return row ? toItem(row) : null;
}

/** The stored file of one entry this viewer may see, by the hash the gate's transaction found. */
export async function notebookFile(tx: Tx, subject: AuthorizedSubject, entryId: string) {
  AuthorizedSubject.check(subject, "health.read", "document.download");
  const row = await tx.notebookEntry.findFirst({ where: { ...visibleEntries(subject), id: entryId }, select: { title: true, fileHash: true, fileType: true, createdAt: true } });
  return row?.fileHash && row.fileType ? { title: row.title, hash: row.fileHash, type: row.fileType, createdAt: row.createdAt.toISOString() } : null;
}
