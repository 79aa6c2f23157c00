// What a trusted person may do: the areas and whether they may also change things.

export function DelegationScopeFields({ error, checked = ["documenti"], canManage = false }: { error?: string; checked?: string[]; canManage?: boolean }) {
  const areas = [
    { value: "documenti", label: "Consultare documenti, ricette e altri dati sanitari" },
    { value: "accessi", label: "Vedere chi ha consultato il fascicolo" },
    { value: "consensi", label: "Vedere i consensi" },
  ];
  return (
    <fieldset aria-describedby={error ? "scope-error" : undefined}>
      <legend className="font-semibold">Che cosa può fare</legend>
      {error ? (
        <p id="scope-error" className="text-sm font-semibold text-danger">
          {error}
        </p>
      ) : null}
      {areas.map((area) => (
        <label key={area.value} className="mt-1 flex items-center gap-2">
          <input type="checkbox" name="scope" value={area.value} defaultChecked={checked.includes(area.value)} className="h-5 w-5 shrink-0" /> {area.label}
        </label>
      ))}
      <label className="mt-1 flex items-center gap-2">
        <input type="checkbox" name="canManage" defaultChecked={canManage} className="h-5 w-5 shrink-0" /> Anche modificare (consensi e visibilità), non solo consultare
      </label>
    </fieldset>
  );
}
