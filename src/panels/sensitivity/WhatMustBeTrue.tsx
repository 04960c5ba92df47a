import { useId } from 'react';
import type { BreakEvenConditions } from '../../engine/sensitivity';
import { useI18n } from '../../i18n/i18n';
import { mustBeTrue } from './mustBeTrue';

export interface WhatMustBeTrueProps {
  /** the break-even figures of the scenario */
  conditions: BreakEvenConditions;
  /** campaign profit in the typical case */
  profit: number;
  /** the campaign's overheads, which only the campaign sentence carries */
  overheads: number;
  /** ISO currency of the scenario */
  currency: string;
}

/** The break-even conditions of the plan as plain sentences: the campaign first, then each line item on its own. */
export function WhatMustBeTrue({ conditions, profit, overheads, currency }: WhatMustBeTrueProps) {
  const { t, fmt } = useI18n();
  const id = useId();
  const must = mustBeTrue(conditions, profit, overheads, t, fmt(currency));
  return (
    <section className="card must-be-true" aria-labelledby={id}>
      <h3 id={id} className="chart-title">
        {t('sensitivity.must.title')}
      </h3>
      <h4 className="must-scope">{must.campaignScope}</h4>
      <ul>
        <li>{must.campaign}</li>
      </ul>
      {must.lineItems.length > 0 && (
        <>
          <h4 className="must-scope">{must.lineItemScope}</h4>
          <ul>
            {must.lineItems.map((s, i) => (
              <li key={i}>{s}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
