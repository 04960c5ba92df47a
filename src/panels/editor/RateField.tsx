import { memo, useId, type ReactNode } from 'react';
import type { Rate, RateKind } from '../../engine/schema';
import { useI18n } from '../../i18n/i18n';
import { NumberField } from '../fields/NumberField';
import { maxSpread, maxTypical, MAX_SPREAD, partsToRate, rateInterval, rateToParts, toggleKnown } from './rateOps';

export interface RateFieldProps {
  /** which rate this is; picks the slider's practical range */
  kind: RateKind;
  /** visible label and accessible name of the typical value, e.g. "Reach rate" */
  label: string;
  /** what the rate is per, e.g. "views per follower per post" */
  hint: string;
  /** a known number or a 90% interval {low, high} */
  value: Rate;
  /** the schema's upper bound: 50 for reach, 1 for the others */
  max: number;
  /** called with a schema-valid rate */
  onChange: (value: Rate) => void;
  /** the benchmark source, if the table has this rate */
  note?: ReactNode;
}

/** Practical slider ranges; the typed field still accepts anything from 0 to the schema's maximum. */
const SLIDER: Record<RateKind, [number, number]> = {
  reachRate: [0.005, 2],
  engagementRate: [0.0005, 0.3],
  clickRate: [0.0001, 0.1],
  conversionRate: [0.0005, 0.2],
  leadRate: [0.0001, 0.5],
};

/** A rate as a typical value plus an uncertainty spread, with the 90% interval it implies. */
function RateFieldImpl({ kind, label, hint, value, max, onChange, note }: RateFieldProps) {
  const { t, fmt } = useI18n();
  const id = useId();
  const parts = rateToParts(value);
  const [sliderMin, sliderMax] = SLIDER[kind];
  const [low, high] = rateInterval(value);
  const percent = fmt('EUR').percent;
  const digits = (v: number) => (v < 0.001 ? 3 : v < 0.1 ? 2 : 1);
  const shown = (v: number) => percent(v, digits(v));

  return (
    <div className="rate-field" role="group" aria-label={label}>
      <NumberField
        label={label}
        hint={hint}
        value={parts.typical}
        min={0}
        minExclusive={!parts.known}
        max={maxTypical(parts, max)}
        scale="log"
        sliderMin={sliderMin}
        sliderMax={sliderMax}
        format="percent"
        onChange={(typical) => onChange(partsToRate({ ...parts, typical }))}
        note={note}
      />
      <div className="rate-uncertainty">
        <label className="rate-known" htmlFor={`${id}-known`}>
          <input
            id={`${id}-known`}
            type="checkbox"
            aria-label={t('editor.rate.knownName', { rate: label })}
            checked={parts.known}
            onChange={(e) => onChange(toggleKnown(value, e.target.checked, max, Math.min(0.01, max)))}
          />
          {t('editor.rate.known')}
        </label>
        {parts.known ? (
          <p className="rate-interval">{t('editor.rate.knownInterval')}</p>
        ) : (
          <>
            <NumberField
              label={t('editor.rate.spread')}
              name={t('editor.rate.spreadName', { rate: label })}
              hint={t('editor.rate.spreadHint')}
              value={Number(parts.spread.toPrecision(6))}
              min={1}
              max={maxSpread(parts, max)}
              scale="log"
              sliderMin={1}
              sliderMax={Math.min(100, MAX_SPREAD)}
              unit="×"
              onChange={(spread) => onChange(partsToRate({ ...parts, spread }))}
            />
            <p className="rate-interval num">{t('editor.rate.interval', { low: shown(low), high: shown(high) })}</p>
          </>
        )}
      </div>
    </div>
  );
}

export const RateField = memo(RateFieldImpl);
