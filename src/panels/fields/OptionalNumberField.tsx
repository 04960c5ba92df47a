import { memo, useId, useState, type ChangeEvent, type ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n';
import { FieldError, FieldHead } from './FieldParts';
import { currencySymbol, formatForInput } from './numberText';
import { readTyped, toShown, type NumberFormat } from './typedNumber';

export interface OptionalNumberFieldProps {
  /** visible label, also the accessible name unless `name` is given */
  label: string;
  /** accessible name when it must differ from the visible label (unique within a line item) */
  name?: string;
  /** the current value; undefined when the field is empty (the file leaves it out) */
  value: number | undefined;
  /** called with a valid value, or with undefined once the text is emptied */
  onChange: (value: number | undefined) => void;
  /** smallest allowed value (schema bound) */
  min: number;
  /** largest allowed value (schema bound); none when absent */
  max?: number;
  /** the value must be more than `min` */
  minExclusive?: boolean;
  /** whole numbers only */
  integer?: boolean;
  /** how the value reads: plain number, money, or a share typed in percent (a limit on a chance) */
  format?: NumberFormat;
  /** currency code for money fields */
  currency?: string;
  /** a short explanation under the label */
  hint?: string;
  /** what the empty field means, e.g. "no budget": its placeholder */
  emptyText: string;
  /** extra content under the field, e.g. a warning */
  note?: ReactNode;
  /** the label for screen readers only, where a table's column header shows it */
  labelHidden?: boolean;
  /** empty text is refused like any other text that is not a number (the value cannot be unset) */
  required?: boolean;
}

/**
 * A typed number that may be left empty: empty means "not set", any other text must be a value
 * within the bounds, refused with the same words as every other number field. No slider, because
 * a slider has no position for "not set".
 */
function OptionalNumberFieldImpl(props: OptionalNumberFieldProps) {
  const { label, name, value, onChange, min, max = Infinity, minExclusive = false, integer = false, format = 'number', currency = 'EUR', hint, emptyText, note, labelHidden = false, required = false } = props;
  const { t, locale, fmt } = useI18n();
  const id = useId();
  // As in NumberField: typed text stays on screen while it stands for the value (or is refused).
  const [draft, setDraft] = useState<{ text: string; value: number | null | undefined } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const f = fmt(currency);
  const show = (v: number) => (format === 'percent' ? f.percent(v, 2) : format === 'money' ? f.money(v) : f.number(v));

  const onTyped = (e: ChangeEvent<HTMLInputElement>) => {
    const text = e.target.value;
    if (text.trim() === '' && !required) {
      setDraft({ text, value: undefined });
      setError(null);
      if (value !== undefined) onChange(undefined);
      return;
    }
    const result = readTyped(text, { min, max, minExclusive, integer }, format, locale, t, show);
    setDraft({ text, value: 'value' in result ? result.value : null });
    if ('message' in result) return setError(result.message);
    setError(null);
    if (result.value !== value) onChange(result.value);
  };

  const inputId = `${id}-input`;
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const shownText = value === undefined ? '' : formatForInput(toShown(value, format), locale, format === 'money');
  const text = draft && (draft.value === null || draft.value === value) ? draft.text : shownText;
  const suffix = format === 'percent' ? '%' : format === 'money' ? currencySymbol(locale, currency) : undefined;

  return (
    <div className={`field number-field optional-number-field${error ? ' is-invalid' : ''}`}>
      {labelHidden ? (
        <label htmlFor={inputId} className="visually-hidden">
          {label}
        </label>
      ) : (
        <FieldHead label={label} htmlFor={inputId} hint={hint} hintId={hintId} />
      )}
      <span className="number-field-typed">
        <input
          id={inputId}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          {...(name !== undefined && { 'aria-label': name })}
          placeholder={emptyText}
          aria-invalid={error ? true : undefined}
          aria-describedby={[error ? errorId : '', hint ? hintId : ''].join(' ').trim() || undefined}
          value={text}
          onChange={onTyped}
          onBlur={() => !error && setDraft(null)}
        />
        {suffix && <span className="number-field-unit" aria-hidden="true">{suffix}</span>}
      </span>
      <FieldError id={errorId} error={error} />
      {note}
    </div>
  );
}

export const OptionalNumberField = memo(OptionalNumberFieldImpl);
