import "server-only";

// Parameterised SQL on the request path (decision 0023) returns what each engine's driver gives back for
// computed columns: counts as bigint, dates from MIN/MAX as text on SQLite. These turn them into the
// types the model API would have returned. Columns read as they are declared come back typed already.

export function countOf(value: bigint | number | string | null | undefined): number {
  return value === null || value === undefined ? 0 : Number(value);
}

export function dateOf(value: Date | string): Date;
export function dateOf(value: Date | string | null): Date | null;
export function dateOf(value: Date | string | null): Date | null {
  if (value === null) return null;
  return value instanceof Date ? value : new Date(value);
}

/** SQLite hands back booleans computed in SQL (EXISTS, comparisons) as 0 and 1. */
export function booleanOf(value: boolean | number | bigint): boolean {
  return typeof value === "boolean" ? value : Number(value) !== 0;
}
