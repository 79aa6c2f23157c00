import { CdaError } from "@/lib/cda/errors";
import { parseCda } from "@/lib/cda/parse";
import { cdaBytesOf } from "@/lib/cda/pdf";
import type { CdaDocument } from "@/lib/cda/types";
import { msg } from "@/lib/i18n/translate";

// A stored document is read once, when it is stored: its CDA is extracted and parsed here, and the result
// (header, structured entries, narrative already sanitised) is kept as a blob of its own, so that pages
// show a document without opening its PDF. No I/O and no "server-only": the seed and the benchmark's
// dataset generator derive with the same function as the portal.

/**
 * The version of the derived format. Raise it when the parser's output changes: a derived blob of another
 * version is ignored and the document is read again from its file (see `readDerivedContent`).
 */
export const DERIVED_FORMAT_VERSION = 1;

/** What a page shows of a document: its readable content, or why it cannot be read (a message for t()). */
export type DocumentContent = { cda: CdaDocument; error: null } | { cda: null; error: string };

export type DerivedContent = DocumentContent & { v: typeof DERIVED_FORMAT_VERSION };

export const UNREADABLE_CONTENT = msg("Il contenuto strutturato di questo documento non è leggibile. Puoi comunque scaricare il file originale.");

/** Reads a stored file (PDF with the CDA2 attached, or bare CDA2 XML); never throws on any input. */
export async function deriveContent(file: Uint8Array): Promise<DerivedContent> {
  try {
    return { v: DERIVED_FORMAT_VERSION, cda: parseCda(await cdaBytesOf(file)), error: null };
  } catch (error) {
    return { v: DERIVED_FORMAT_VERSION, cda: null, error: error instanceof CdaError ? error.message : UNREADABLE_CONTENT };
  }
}

export function encodeDerived(content: DerivedContent): Uint8Array {
  return Buffer.from(JSON.stringify(content), "utf8");
}

/** The content of a derived blob, or null when it is of another format version (or not one at all). */
export function decodeDerived(bytes: Uint8Array): DocumentContent | null {
  try {
    const value = JSON.parse(Buffer.from(bytes).toString("utf8")) as Partial<DerivedContent> | null;
    if (value?.v !== DERIVED_FORMAT_VERSION) return null;
    if (value.cda && typeof value.cda === "object" && value.error === null) return { cda: value.cda, error: null };
    if (value.cda === null && typeof value.error === "string") return { cda: null, error: value.error };
    return null;
  } catch {
    return null;
  }
}
