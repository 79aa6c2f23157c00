// Keyset pagination cursor for "newest first": the last row's clinical date and id, opaque to users.

export type Cursor = { clinicalDate: Date; id: string };

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(`${cursor.clinicalDate.toISOString()}|${cursor.id}`).toString("base64url");
}

export function decodeCursor(value: string | undefined): Cursor | null {
  if (!value) return null;
  const [iso, id] = Buffer.from(value, "base64url").toString("utf8").split("|");
  const clinicalDate = new Date(iso ?? "");
  if (!id || Number.isNaN(clinicalDate.getTime())) return null;
  return { clinicalDate, id };
}
