"use client";

import { useActionState } from "react";
import { book } from "@/lib/appointments/actions";
import type { SlotOption } from "@/lib/appointments/types";
import { IDLE } from "@/lib/http/form-state";
import { FormMessage } from "./ui/form-message";
import { useT } from "./i18n-provider";

/** The free slots for a prescription's service, soonest first; choosing one and confirming books it. */
export function SlotPicker({ prescriptionId, slots }: { prescriptionId: string; slots: SlotOption[] }) {
  const t = useT();
  const [state, action, pending] = useActionState(book, IDLE);
  const error = state.fieldErrors?.slotId;
  return (
    <form action={action} className="mt-4 grid gap-4" noValidate>
      <input type="hidden" name="prescriptionId" value={prescriptionId} />
      <fieldset id="slotId" aria-describedby={error ? "slotId-error" : undefined}>
        <legend className="text-lg font-semibold">{t("Scegli giorno, ora e struttura")}</legend>
        {error ? (
          <p id="slotId-error" className="text-sm font-semibold text-danger">
            {t(error)}
          </p>
        ) : null}
        <div className="mt-2 grid gap-2 sm:grid-cols-2">
          {slots.map((slot) => (
            <label key={slot.id} className="flex cursor-pointer items-start gap-3 rounded border border-line bg-white p-3 has-[:checked]:border-2 has-[:checked]:border-brand">
              <input type="radio" name="slotId" value={slot.id} defaultChecked={state.values?.slotId === slot.id} className="mt-1 h-5 w-5 shrink-0" />
              <span>
                <span className="block font-semibold">{t.dateTime(slot.startsAt)}</span>
                <span className="text-sm">{slot.facilityName}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      {error ? null : <FormMessage state={state} />}
      <button type="submit" disabled={pending} className="self-start rounded bg-brand px-5 py-2 font-semibold text-white hover:bg-brand-dark disabled:opacity-70">
        {pending ? t("Prenotazione in corso…") : t("Prenota")}
      </button>
    </form>
  );
}
