"use client";

import { useT } from "./i18n-provider";

// What a trusted person may do: the areas and whether they may also change things.

export function DelegationScopeFields({ error, checked = ["documenti"], canManage = false }: { error?: string; checked?: string[]; canManage?: boolean }) {
  const t = useT();
  const areas = [
    { value: "documenti", label: t("Consultare documenti, ricette e altri dati sanitari") },
    { value: "accessi", label: t("Vedere chi ha consultato il fascicolo") },
    { value: "consensi", label: t("Vedere i consensi") },
  ];
  return (
    <fieldset aria-describedby={error ? "scope-error" : undefined}>
      <legend className="font-semibold">{t("Che cosa può fare")}</legend>
      {error ? (
        <p id="scope-error" className="text-sm font-semibold text-danger">
          {t(error)}
        </p>
      ) : null}
      {areas.map((area) => (
        <label key={area.value} className="mt-1 flex items-center gap-2">
          <input type="checkbox" name="scope" value={area.value} defaultChecked={checked.includes(area.value)} className="h-5 w-5 shrink-0" /> {area.label}
        </label>
      ))}
      <label className="mt-1 flex items-center gap-2">
        <input type="checkbox" name="canManage" defaultChecked={canManage} className="h-5 w-5 shrink-0" /> {t("Anche modificare (consensi e visibilità), non solo consultare")}
      </label>
    </fieldset>
  );
}
