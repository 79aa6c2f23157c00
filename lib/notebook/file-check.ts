import { fileTypeFromBuffer } from "file-type";
import { translator, type Translator } from "@/lib/i18n/translate";
import { ACCEPTED_FILE_TYPES } from "./schema";

export type CheckedFile = { ok: true; type: (typeof ACCEPTED_FILE_TYPES)[number]; bytes: Uint8Array; name: string } | { ok: false; message: string };

/** Accepts a PDF, JPEG or PNG up to `maxBytes`, recognised by its content; says plainly what is wrong otherwise, in `t`'s language. */
export async function checkUpload(file: File, maxBytes: number, t: Translator = translator("it")): Promise<CheckedFile> {
  if (file.size === 0) return { ok: false, message: t("Il file è vuoto.") };
  if (file.size > maxBytes) return { ok: false, message: t("Il file è troppo grande: al massimo {size} MB.", { size: t.number(maxBytes / 1024 / 1024) }) };
  const bytes = new Uint8Array(await file.arrayBuffer());
  const detected = await fileTypeFromBuffer(bytes);
  const type = ACCEPTED_FILE_TYPES.find((accepted) => accepted === detected?.mime);
  if (!type) return { ok: false, message: t("Puoi caricare solo file PDF, JPEG o PNG: questo file non lo è, qualunque sia il suo nome.") };
  const name = file.name.replace(/[^\p{L}\p{N} ._-]/gu, "").slice(0, 100) || "file";
  return { ok: true, type, bytes, name };
}
