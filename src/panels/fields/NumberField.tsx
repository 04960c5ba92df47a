import { memo, useId, useMemo, useState, type ChangeEvent, type KeyboardEvent, type ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n';
import { FieldError, FieldHead } from './FieldParts';
import { currencySymbol, formatForInput } from './numberText';
import { fromPosition, sliderAttributes, toPosition, type SliderScale } from './sliderScale';
import { readTyped, toShown, type NumberFormat } from './typedNumber';

export type { NumberFormat } from './typedNumber';

export interface NumberFieldProps {
  /** visible label; also the accessible name of the slider and the typed field unless `name` is given */
  label: string;
  /** accessible name of both controls when it must differ from the visible label (unique within a line item) */
  name?: string;
  /** the current, valid value (a fraction for percent fields) */
  value: number;
  /** called with a valid value only: typed text outside the range never reaches it */
  onChange: (value: number) => void;
  /** smallest allowed value (schema bound) */
  min: number;
  /** largest allowed value (schema bound); none when absent */
  max?: number;
  /** the value must be strictly greater than `min` */
  minExclusive?: boolean;
  /** whole numbers only */
  integer?: boolean;
  /** practical slider range, narrower than the schema's; defaults to min…max */
  sliderMin?: number;
  /** upper end of the slider's practical range */
  sliderMax?: number;
  /** slider step in value units (linear scale) */
  step?: number;
  /** linear, or log for values spanning decades (followers, trials) */
  scale?: SliderScale;
  /** how the value reads: plain number, percent of a fraction, or money */
  format?: NumberFormat;
  /** currency code for money fields */
  currency?: string;
  /** unit shown after the typed field, e.g. "weeks"; percent and money fields bring their own */
  unit?: string;
  /** a short explanation under the label */
  hint?: string;
  /** extra content under the controls, e.g. the benchmark source */
  note?: ReactNode;
}

/** A number with a slider for quick moves and a typed field for exact values, refusing out-of-range text with a message. */
function NumberFieldImpl(props: NumberFieldProps) {
  const { label, name, value, onChange, min, max = Infinity, minExclusive = false, integer = false } = props;
  const { scale = 'linear', format = 'number', currency = 'EUR', unit, hint, note } = props;
  const { t, locale, fmt } = useI18n();
  const id = useId();
  // The typed text while editing, with the value it stood for (null when refused): it is shown
  // until the value moves elsewhere (slider, undo), but refused text stays until it is fixed.
  const [draft, setDraft] = useState<{ text: string; value: number | null } | null>(null);
  const [error, setError] = useState<string | null>(null);

  const f = fmt(currency);
  const show = (v: number) => (format === 'percent' ? f.percent(v, 2) : format === 'money' ? f.money(v) : f.number(v));
  const range = useMemo(() => {
    const lo = props.sliderMin ?? min;
    const hi = props.sliderMax ?? (Number.isFinite(max) ? max : lo + 100);
    return { scale, min: lo, max: hi, step: props.step ?? (integer ? 1 : (hi - lo) / 100) };
  }, [scale, min, max, integer, props.sliderMin, props.sliderMax, props.step]);

  const onTyped = (e: ChangeEvent<HTMLInputElement>) => {
    const text = e.target.value;
    const result = readTyped(text, { min, max, minExclusive, integer }, format, locale, t, show);
    setDraft({ text, value: 'value' in result ? result.value : null });
    if ('message' in result) return setError(result.message);
    setError(null);
    if (result.value !== value) onChange(result.value);
  };

  const onSlider = (e: ChangeEvent<HTMLInputElement>) => {
    setDraft(null);
    setError(null);
    const v = fromPosition(Number(e.target.value), range);
    if (v !== value && v >= min && v <= max && !(minExclusive && v === min)) onChange(v);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'ArrowUp' && e.key !== 'ArrowDown') return;
    e.preventDefault();
    const stepped = value + (e.key === 'ArrowUp' ? range.step : -range.step);
    const next = Number(Math.min(max, Math.max(min, stepped)).toPrecision(12));
    setDraft(null);
    setError(null);
    if (next !== value && !(minExclusive && next === min)) onChange(next);
  };

  const labelId = `${id}-label`;
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const naming = name === undefined ? { 'aria-labelledby': labelId } : { 'aria-label': name };
  const suffix = format === 'percent' ? '%' : format === 'money' ? currencySymbol(locale, currency) : unit;
  const slider = sliderAttributes(range);

  return (
    <div className={`field number-field${error ? ' is-invalid' : ''}`}>
      <FieldHead label={label} labelId={labelId} hint={hint} hintId={hintId} />
      <div className="number-field-controls">
        <input
          type="range"
          {...naming}
          min={slider.min}
          max={slider.max}
          step={slider.step}
          value={toPosition(value, range)}
          aria-valuetext={show(value)}
          onChange={onSlider}
        />
        <span className="number-field-typed">
          <input
            type="text"
            role="spinbutton"
            inputMode="decimal"
            autoComplete="off"
            {...naming}
            aria-valuenow={toShown(value, format)}
            aria-valuemin={toShown(min, format)}
            {...(Number.isFinite(max) ? { 'aria-valuemax': toShown(max, format) } : {})}
            aria-invalid={error ? true : undefined}
            aria-describedby={[error ? errorId : '', hint ? hintId : ''].join(' ').trim() || undefined}
            value={draft && (draft.value === null || draft.value === value) ? draft.text : formatForInput(toShown(value, format), locale, format === 'money')}
            onChange={onTyped}
            onKeyDown={onKeyDown}
            onBlur={() => !error && setDraft(null)}
          />
          {suffix && <span className="number-field-unit" aria-hidden="true">{suffix}</span>}
        </span>
      </div>
      <FieldError id={errorId} error={error} />
      {note}
    </div>
  );
}

export const NumberField = memo(NumberFieldImpl);
