import { Translated } from "../i18n-provider";

// A labelled group of radio buttons whose error is announced and linked to the group (WCAG 1.3.1, 3.3.1).
type Props = {
  name: string;
  legend: string;
  options: { value: string; label: string; hint?: string; lang?: string }[];
  value: string | undefined;
  onChange?: (value: string) => void;
  error?: string;
};

export function RadioGroup({ name, legend, options, value, onChange, error }: Props) {
  return (
    <fieldset id={name} aria-describedby={error ? `${name}-error` : undefined} className="flex flex-col gap-1">
      <legend className="font-semibold">{legend}</legend>
      {error ? (
        <span id={`${name}-error`} className="text-sm font-semibold text-danger">
          <Translated text={error} />
        </span>
      ) : null}
      {options.map((option) => (
        <label key={option.value} className="mt-1 flex items-start gap-2">
          <input
            type="radio"
            name={name}
            value={option.value}
            defaultChecked={value === option.value}
            onChange={onChange ? () => onChange(option.value) : undefined}
            className="mt-1 h-5 w-5 shrink-0"
          />
          <span lang={option.lang}>
            {option.label}
            {option.hint ? <span className="block text-sm text-muted">{option.hint}</span> : null}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
