import { memo, useId, useState, type ChangeEvent } from 'react';
import { useI18n } from '../../i18n/i18n';
import { currencySymbol, formatForInput, parseLocaleNumber } from '../editor/numberText';

export interface OptionalFieldProps {
  /** visible label, also the accessible name unless `name` is given */
  label: string;
  /** accessible name when the label is shown elsewhere (a table's column header) */
  name?: string;
  /** the value; undefined when the field is empty (the file leaves it out) */
  value: number | undefined;
  /** called with a valid value, or with undefined once the text is emptied */
  onChange: (value: number | undefined) => void;
  /** smallest allowed value */
  min: number;
  /** largest allowed value */
  max?: number;
  /** the value must be more than `min` */
  minExclusive?: boolean;
  integer?: boolean;
  /** percent values are typed in percent and stored as shares */
  format?: 'number' | 'money' | 'percent';
  currency?: string;
  /** a short explanation under the label */
  hint?: string;
  /** what an empty field means ("no limit"): its placeholder */
  emptyText: string;
  /** hide the visible label (in a table, the column header says it) */
  labelHidden?: boolean;
}

const toShown = (v: number, percent: boolean) => (percent ? Number((v * 100).toPrecision(12)) : v);
const fromShown = (v: number, percent: boolean) => (percent ? Number((v / 100).toPrecision(12)) : v);

/**
 * A typed number that may be left empty: empty means "not set", any other text must be a value
 * within the bounds, refused with the editor's words. No slider: a slider has no place for "not set".
 * Refused text stays on screen until it is fixed; the stored value is left as it was.
 */
function OptionalFieldImpl(props: OptionalFieldProps) {
  const { label, name, value, onChange, min, max = Infinity, minExclusive = false, integer = false, format = 'number', currency = 'EUR', hint, emptyText, labelHidden = false } = props;
  const { t, locale, fmt } = useI18n();
  const id = useId();
  const [draft, setDraft] = useState<{ text: string; value: number | null | undefined } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const f = fmt(currency);
  const percent = format === 'percent';
  const show = (v: number) => (percent ? f.percent(v, 2) : format === 'money' ? f.money(v) : f.number(v));

  const rangeMessage = () => {
    const lo = show(min);
    if (!Number.isFinite(max)) return t(minExclusive ? 'editor.error.greaterThan' : 'editor.error.atLeast', { min: lo });
    return t(minExclusive ? 'editor.error.greaterBetween' : 'editor.error.between', { min: lo, max: show(max) });
  };

  const onTyped = (e: ChangeEvent<HTMLInputElement>) => {
    const text = e.target.value;
    if (text.trim() === '') {
      setDraft({ text, value: undefined });
      setError(null);
      if (value !== undefined) onChange(undefined);
      return;
    }
    const shown = parseLocaleNumber(text, locale);
    const v = shown === null ? null : fromShown(shown, percent);
    const message =
      shown === null ? t('editor.error.notNumber') : integer && !Number.isInteger(shown) ? t('editor.error.whole') : v === null || v < min || v > max || (minExclusive && v === min) ? rangeMessage() : null;
    setDraft({ text, value: message === null ? v : null });
    setError(message);
    if (message === null && v !== null && v !== value) onChange(v);
  };

  const inputId = `${id}-input`;
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const shownText = value === undefined ? '' : formatForInput(toShown(value, percent), locale, format === 'money');
  const text = draft && (draft.value === null || draft.value === value) ? draft.text : shownText;
  const suffix = percent ? '%' : format === 'money' ? currencySymbol(locale, currency) : undefined;
  return (
    <div className={`field optional-field${error ? ' is-invalid' : ''}`}>
      <label htmlFor={inputId} className={labelHidden ? 'visually-hidden' : 'optional-field-label'}>
        {label}
      </label>
      {hint && (
        <span id={hintId} className="optional-field-hint">
          {hint}
        </span>
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
        {suffix && (
          <span className="number-field-unit" aria-hidden="true">
            {suffix}
          </span>
        )}
      </span>
      {error && (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

export const OptionalField = memo(OptionalFieldImpl);
