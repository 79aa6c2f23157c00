// Keyset pagination cursor for "newest first" lists: the last row's date and id, opaque to users.

export type KeysetCursor = { at: Date; id: string };

export function encodeCursor(cursor: KeysetCursor): string {
  return Buffer.from(`${cursor.at.toISOString()}|${cursor.id}`).toString("base64url");
}

/** The cursor of a `dopo` parameter; null when absent or not one of ours (the list then starts over). */
export function decodeCursor(value: string | undefined): KeysetCursor | null {
  if (!value) return null;
  const [iso, id] = Buffer.from(value, "base64url").toString("utf8").split("|");
  const at = new Date(iso ?? "");
  if (!id || Number.isNaN(at.getTime())) return null;
  return { at, id };
}
