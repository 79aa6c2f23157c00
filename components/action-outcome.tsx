"use client";

import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from "react";
import { IDLE, type FormState } from "@/lib/http/form-state";
import { Translated } from "./i18n-provider";

// A button in a list often removes its own list item when it succeeds (a request accepted is no longer
// "to accept"), taking its message with it. The outcome is therefore shown by an ancestor that stays, and
// focus moves to it so that keyboard and screen-reader users are not left on a vanished control.

const ReportOutcome = createContext<((state: FormState) => void) | null>(null);

export function ActionOutcome({ children }: { children: ReactNode }) {
  const [state, setState] = useState<FormState>(IDLE);
  const message = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (state.status !== "idle") message.current?.focus();
  }, [state]);
  return (
    <ReportOutcome value={setState}>
      {state.status === "idle" ? null : (
        <p
          ref={message}
          tabIndex={-1}
          role={state.status === "error" ? "alert" : "status"}
          className={`mt-4 rounded border-2 bg-white p-4 font-semibold ${state.status === "error" ? "border-danger text-danger" : "border-[#1a6e2e] text-[#1a6e2e]"}`}
        >
          <Translated text={state.message} />
        </p>
      )}
      {children}
    </ReportOutcome>
  );
}

/** The reporter of the nearest ActionOutcome, or null when the form shows its own message. */
export function useOutcomeReporter() {
  return useContext(ReportOutcome);
}
