import type { z } from "zod";

export type RawQuery = Record<string, string | string[] | undefined>;

/**
 * Reads a page's filters from its query string. Valid filters are kept (validated and transformed),
 * wrong ones are dropped and reported by field, so the page shows both: bad input never becomes a 500.
 */
export function parseQueryFilters<S extends z.ZodType<Record<string, unknown>>>(
  schema: S,
  raw: RawQuery,
): { filters: Partial<z.output<S>>; errors: Record<string, string> } {
  const flat = Object.fromEntries(
    Object.entries(raw)
      .map(([key, value]) => [key, Array.isArray(value) ? value[0] : value])
      .filter(([, value]) => value !== undefined && value !== ""),
  );
  const result = schema.safeParse(flat);
  if (result.success) return { filters: result.data, errors: {} };
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) errors[String(issue.path[0])] ??= issue.message;
  const kept = schema.safeParse(Object.fromEntries(Object.entries(flat).filter(([key]) => !(key in errors))));
  return { filters: kept.success ? kept.data : {}, errors };
}
