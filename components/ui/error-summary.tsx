"use client";

import { useEffect, useRef } from "react";
import { msg } from "@/lib/i18n/translate";
import { Translated } from "../i18n-provider";

// Lists the form's errors at the top, each linking to its field, as the GOV.UK pattern does. It takes
// focus when it appears, so that on a phone the reader is brought to it rather than left at the button.
export function ErrorSummary({ errors, title = msg("Controlla i filtri") }: { errors: { field: string; message: string }[]; title?: string }) {
  const box = useRef<HTMLDivElement>(null);
  const signature = errors.map((error) => `${error.field}:${error.message}`).join("|");
  useEffect(() => {
    if (signature) box.current?.focus();
  }, [signature]);
  if (errors.length === 0) return null;
  return (
    <div ref={box} tabIndex={-1} role="alert" aria-labelledby="error-summary-title" className="mb-6 rounded border-2 border-danger bg-white p-4">
      <h2 id="error-summary-title" className="font-semibold text-danger">
        <Translated text={title} />
      </h2>
      <ul className="mt-2 list-disc pl-6">
        {errors.map((error) => (
          <li key={error.field}>
            <a href={`#${error.field}`} className="text-danger">
              <Translated text={error.message} />
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
