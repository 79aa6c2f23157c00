// The Range request header (RFC 9110 §14), for the one case a file viewer needs: a single byte range.
// Written here rather than taken from `range-parser`, which reads an inverted range ("5-2") as
// unsatisfiable (416) where RFC 9110 says such a header is invalid and is to be ignored (200).
//
// Multiple ranges are answered with the whole file, which RFC 9110 allows (a server may ignore Range),
// and spares a multipart/byteranges body that no viewer of ours asks for.

export type RangeDecision = { kind: "full" } | { kind: "partial"; start: number; end: number } | { kind: "unsatisfiable" };

const SINGLE_RANGE = /^bytes[ \t]*=[ \t]*(\d*)-(\d*)[ \t]*$/i;

/** What to send for a Range header against a representation of `size` bytes (end is inclusive). */
export function decideRange(header: string | null, size: number): RangeDecision {
  if (header === null) return { kind: "full" };
  const match = SINGLE_RANGE.exec(header.trim());
  if (!match) return { kind: "full" };
  const [, first = "", last = ""] = match;
  if (first === "" && last === "") return { kind: "full" };
  if (first === "") {
    // "-n": the last n bytes; the whole file when it is shorter; nothing to give for n = 0 or an empty file.
    const suffix = Number(last);
    if (suffix === 0 || size === 0) return { kind: "unsatisfiable" };
    return { kind: "partial", start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(first);
  const end = last === "" ? Number.POSITIVE_INFINITY : Number(last);
  if (end < start) return { kind: "full" };
  if (start >= size) return { kind: "unsatisfiable" };
  return { kind: "partial", start, end: Math.min(end, size - 1) };
}
