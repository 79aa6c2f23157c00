import type { z } from "zod";
import { msg } from "@/lib/i18n/translate";

// The state a form's server action returns (messages in Italian, translated where they are shown): a message, the error of each field, and what was typed, so
// that a refused form keeps its values (React resets forms after an action).

export type FormState = {
  status: "idle" | "ok" | "error";
  message: string;
  fieldErrors?: Record<string, string>;
  values?: Record<string, string>;
  /** Reasons of a refusal that is not about one field, each said in full (e.g. an unmet rule). */
  details?: string[];
};

export const IDLE: FormState = { status: "idle", message: "" };

/** What was typed, trimmed to a sane length, without React's internal fields. */
export function typedValues(form: FormData): Record<string, string> {
  return Object.fromEntries(
    [...form.entries()].filter(([key, value]) => !key.startsWith("$") && typeof value === "string").map(([key, value]) => [key, String(value).slice(0, 100)]),
  );
}

/** The first message of each field, keyed by the field's name. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) fieldErrors[String(issue.path[0] ?? "form")] ??= issue.message;
  return fieldErrors;
}

export function invalidForm(error: z.ZodError, form: FormData): FormState {
  return { status: "error", message: msg("Controlla i dati inseriti."), fieldErrors: fieldErrorsOf(error), values: typedValues(form) };
}
