import "server-only";
import { parseCda } from "@/lib/cda/parse";
import { cdaBytesOf } from "@/lib/cda/pdf";
import { CdaError } from "@/lib/cda/errors";
import { msg } from "@/lib/i18n/translate";
import type { CdaDocument } from "@/lib/cda/types";
import { documentStore } from "@/lib/storage/document-store";

export type DocumentContent = { cda: CdaDocument; error: null } | { cda: null; error: string };

/** Reads the readable content of an authorized document's file; a broken file gives a message, not a crash. */
export async function readDocumentContent(fileHash: string): Promise<DocumentContent> {
  try {
    const file = await documentStore().get(fileHash);
    return { cda: parseCda(await cdaBytesOf(file)), error: null };
  } catch (error) {
    const message =
      error instanceof CdaError
        ? error.message
        : msg("Il contenuto strutturato di questo documento non è leggibile. Puoi comunque scaricare il file originale.");
    return { cda: null, error: message };
  }
}

export async function readDocumentFile(fileHash: string): Promise<Buffer> {
  return documentStore().get(fileHash);
}
