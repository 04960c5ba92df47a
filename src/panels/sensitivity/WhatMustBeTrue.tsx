import { useId } from 'react';
import type { BreakEvenConditions } from '../../engine/sensitivity';
import { useI18n } from '../../i18n/i18n';
import { mustBeTrueSentences } from './mustBeTrue';

export interface WhatMustBeTrueProps {
  /** the break-even figures of the scenario */
  conditions: BreakEvenConditions;
  /** campaign profit with every input typical */
  profit: number;
  /** ISO currency of the scenario */
  currency: string;
}

/** The break-even conditions of the plan as a short list of plain sentences. */
export function WhatMustBeTrue({ conditions, profit, currency }: WhatMustBeTrueProps) {
  const { t, fmt } = useI18n();
  const id = useId();
  const sentences = mustBeTrueSentences(conditions, profit, t, fmt(currency));
  return (
    <section className="card must-be-true" aria-labelledby={id}>
      <h3 id={id} className="chart-title">
        {t('sensitivity.must.title')}
      </h3>
      <ul>
        {sentences.map((s, i) => (
          <li key={i}>{s}</li>
        ))}
      </ul>
    </section>
  );
}
