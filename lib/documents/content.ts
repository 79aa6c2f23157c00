import "server-only";
import type { Db } from "@/lib/db/client";
import { documentStore } from "@/lib/storage/document-store";
import { decodeDerived, type DocumentContent } from "./derive";
import { deriveStoredDocument } from "./mutations";

export type { DocumentContent } from "./derive";

/**
 * The readable content of an authorized document, from the content derived when it was stored: a small
 * JSON blob, never the PDF. A document without it (or with it in an older format) is derived once here.
 */
export async function readDocumentContent(
  database: Db,
  document: { id: string; fileHash: string; derivedHash: string | null },
): Promise<DocumentContent> {
  if (document.derivedHash) {
    try {
      const content = decodeDerived(await documentStore().get(document.derivedHash));
      if (content) return content;
    } catch {
      // A lost or damaged derived blob is rebuilt from the file, like a missing one.
    }
  }
  return deriveStoredDocument(database, documentStore(), document.id, document.fileHash);
}
