import type { FormState } from "@/lib/http/form-state";
import { Translated } from "../i18n-provider";

/** The outcome of a form: announced as an alert when refused, as a status when done. */
export function FormMessage({ state, id }: { state: FormState; id?: string }) {
  if (state.status === "idle") return null;
  return (
    <p id={id} role={state.status === "error" ? "alert" : "status"} className={`font-semibold ${state.status === "error" ? "text-danger" : "text-[#1a6e2e]"}`}>
      <Translated text={state.message} />
    </p>
  );
}
