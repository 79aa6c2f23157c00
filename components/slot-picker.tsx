"use client";

import { useActionState, useId, useState } from "react";
import type { SlotOption } from "@/lib/appointments/types";
import { IDLE, type FormState } from "@/lib/http/form-state";
import { romeIsoDate } from "@/lib/i18n/time-zone";
import { FormMessage } from "./ui/form-message";
import { useT } from "./i18n-provider";

const ALL = "";

/**
 * The free slots for a prescription's service, grouped by day, soonest first. The citizen may narrow them to
 * one facility; the earliest slot of the choice is named first, so the quickest answer needs no scrolling.
 * The same picker books a prescription and moves an appointment: `action` and its hidden `fields` say which.
 */
export function SlotPicker({ action: submit, fields, slots, submitLabel }: { action: (previous: FormState, form: FormData) => Promise<FormState>; fields: Record<string, string>; slots: SlotOption[]; submitLabel: string }) {
  const t = useT();
  const [state, action, pending] = useActionState(submit, IDLE);
  const [facility, setFacility] = useState(ALL);
  const facilityId = useId();
  const error = state.fieldErrors?.slotId;
  const facilities = [...new Set(slots.map((slot) => slot.facilityName))].sort((a, b) => a.localeCompare(b, "it"));
  const shown = slots.filter((slot) => facility === ALL || slot.facilityName === facility);
  const days = new Map<string, SlotOption[]>();
  for (const slot of shown) {
    const day = romeIsoDate(slot.startsAt);
    days.set(day, [...(days.get(day) ?? []), slot]);
  }
  const earliest = shown[0];
  return (
    <form action={action} className="mt-4 grid gap-4" noValidate>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {facilities.length > 1 ? (
        <div>
          <label htmlFor={facilityId} className="block font-semibold">
            {t("Struttura")}
          </label>
          <select id={facilityId} value={facility} onChange={(event) => setFacility(event.target.value)} className="mt-1 w-full max-w-md rounded border border-line bg-white p-2">
            <option value={ALL}>{t("Tutte le strutture ({count})", { count: facilities.length })}</option>
            {facilities.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {earliest ? (
        <p className="rounded border border-line bg-white p-3" aria-live="polite">
          {t("Primo orario libero: {when}, {facility}", { when: t.appointment(earliest.startsAt), facility: earliest.facilityName })}
        </p>
      ) : null}
      <fieldset id="slotId" aria-describedby={error ? "slotId-error" : undefined}>
        <legend className="text-lg font-semibold">{t("Scegli giorno e ora")}</legend>
        {error ? (
          <p id="slotId-error" className="mt-1 text-sm font-semibold text-danger">
            {t(error)}
          </p>
        ) : null}
        {[...days].map(([day, daySlots]) => (
          <div key={day} className="mt-3" role="group" aria-labelledby={`day-${day}`}>
            <h2 id={`day-${day}`} className="font-semibold first-letter:uppercase">
              {t.weekdayDate(daySlots[0]!.startsAt)}
            </h2>
            <div className="mt-1 flex flex-wrap gap-2">
              {daySlots.map((slot) => (
                <label key={slot.id} className="flex cursor-pointer items-center gap-2 rounded border border-line bg-white px-3 py-2 has-[:checked]:border-2 has-[:checked]:border-brand">
                  <input type="radio" name="slotId" value={slot.id} defaultChecked={state.values?.slotId === slot.id} className="h-5 w-5 shrink-0" />
                  <span>
                    <span className="font-semibold">{t.time(slot.startsAt)}</span>
                    {facility === ALL && facilities.length > 1 ? <span className="block text-sm">{slot.facilityName}</span> : null}
                  </span>
                </label>
              ))}
            </div>
          </div>
        ))}
      </fieldset>
      {error ? null : <FormMessage state={state} />}
      <button type="submit" disabled={pending} className="self-start rounded bg-brand px-5 py-2 font-semibold text-white hover:bg-brand-dark disabled:opacity-70">
        {pending ? t("Prenotazione in corso…") : submitLabel}
      </button>
    </form>
  );
}
