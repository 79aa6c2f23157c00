import { Translated } from "../i18n-provider";

// A labelled form field whose error is announced and linked to the input (WCAG 3.3.1, 1.3.1).
type Props = {
  id: string;
  label: string;
  error?: string;
  hint?: string;
  children: (describedBy: string | undefined, invalid: boolean) => React.ReactNode;
};

export function Field({ id, label, error, hint, children }: Props) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-semibold">
        {label}
      </label>
      {hint ? (
        <span id={`${id}-hint`} className="text-sm text-muted">
          {hint}
        </span>
      ) : null}
      {error ? (
        <span id={`${id}-error`} className="text-sm font-semibold text-danger">
          <Translated text={error} />
        </span>
      ) : null}
      {children(describedBy, Boolean(error))}
    </div>
  );
}

export const inputClass = "w-full min-w-0 rounded border border-muted bg-white px-3 py-2 text-base aria-[invalid=true]:border-danger aria-[invalid=true]:border-2";
