import { memo, useId } from 'react';
import { LIMITS } from '../../engine/limits';
import type { Economics } from '../../engine/schema';
import { useI18n } from '../../i18n/i18n';
import { NumberField, type NumberFieldProps } from '../fields/NumberField';
import type { ScenarioUpdate } from './ScenarioEditor';

export interface EconomicsSectionProps {
  /** the scenario's unit economics */
  economics: Economics;
  /** currency code amounts are formatted in */
  currency: string;
  /** applies an edit to the latest scenario */
  update: ScenarioUpdate;
}

type Shape = Pick<NumberFieldProps, 'format' | 'min' | 'max' | 'sliderMin' | 'sliderMax' | 'step'>;

const share: Shape = { format: 'percent', min: 0, max: LIMITS.rate.max, step: 0.005 };
const money: Shape = { format: 'money', min: LIMITS.amount.min, max: LIMITS.amount.max };
const FIELDS: [keyof Economics, Shape][] = [
  ['averageOrderValue', { ...money, sliderMin: 0, sliderMax: 500, step: 1 }],
  ['grossMargin', share],
  ['discountRate', { ...share, sliderMax: 0.5 }],
  ['returnRate', { ...share, sliderMax: 0.5 }],
  ['trackedShare', share],
  ['leadValue', { ...money, sliderMin: 0, sliderMax: 200, step: 1 }],
  ['mediaValueCpm', { ...money, sliderMin: 0, sliderMax: 60, step: 0.5 }],
];

/** What a sale and a lead are worth: order value, margin, discount, returns, tracking, lead value, media value. */
function EconomicsSectionImpl({ economics, currency, update }: EconomicsSectionProps) {
  const { t } = useI18n();
  const id = useId();
  return (
    <section className="editor-section card" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('editor.section.economics')}</h3>
      <div className="editor-grid">
        {FIELDS.map(([key, shape]) => (
          <NumberField
            key={key}
            label={t(`editor.economics.${key}`)}
            hint={t(`editor.economics.${key}.hint`)}
            value={economics[key]}
            currency={currency}
            {...shape}
            onChange={(v) => update((s) => ({ ...s, economics: { ...s.economics, [key]: v } }))}
          />
        ))}
      </div>
    </section>
  );
}

export const EconomicsSection = memo(EconomicsSectionImpl);
