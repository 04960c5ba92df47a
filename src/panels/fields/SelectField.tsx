import { useId, type ChangeEvent } from 'react';

export interface SelectOption<T extends string> {
  /** the value the option stands for, handed to onChange as it is */
  value: T;
  /** the option's text */
  label: string;
}

export interface SelectFieldProps<T extends string> {
  /** visible label: the select's accessible name */
  label: string;
  /** the chosen option's value */
  value: T;
  /** the options, shown in this order */
  options: readonly SelectOption<T>[];
  /** called with the chosen option's own value, typed as the options are */
  onChange: (value: T) => void;
  /** a short explanation under the select, which also describes it to a screen reader */
  hint?: string;
  /** classes beside .field on the wrapper, for its place in a layout */
  className?: string;
}

/** A labelled select in a .field: the label names the select, the options come from a typed list. */
export function SelectField<T extends string>({ label, value, options, onChange, hint, className }: SelectFieldProps<T>) {
  const id = useId();
  const hintId = `${id}-hint`;
  // The chosen value is looked up among the options rather than cast, so onChange only ever gets a T.
  const choose = (e: ChangeEvent<HTMLSelectElement>) => {
    const chosen = options.find((o) => o.value === e.target.value);
    if (chosen) onChange(chosen.value);
  };
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={choose} aria-describedby={hint ? hintId : undefined}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {hint && (
        <span id={hintId} className="number-field-hint">
          {hint}
        </span>
      )}
    </div>
  );
}
