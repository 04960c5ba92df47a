import { memo, useId } from 'react';
import { LIMITS } from '../../engine/limits';
import type { Scenario } from '../../engine/schema';
import { useI18n } from '../../i18n/i18n';
import { NumberField } from '../fields/NumberField';
import type { ScenarioUpdate } from './ScenarioEditor';

export interface OverheadsSectionProps {
  /** costs not tied to a creator */
  overheads: Scenario['overheads'];
  /** currency code amounts are formatted in */
  currency: string;
  /** applies an edit to the latest scenario */
  update: ScenarioUpdate;
}

/** Production, management, agency fees, tooling: costs the campaign carries whatever the creators do. */
function OverheadsSectionImpl({ overheads, currency, update }: OverheadsSectionProps) {
  const { t, fmt } = useI18n();
  const id = useId();
  const edit = (index: number, patch: Partial<Scenario['overheads'][number]>) =>
    update((s) => ({ ...s, overheads: s.overheads.map((o, i) => (i === index ? { ...o, ...patch } : o)) }));
  const total = overheads.reduce((sum, o) => sum + o.amount, 0);

  return (
    <section className="editor-section card" aria-labelledby={`${id}-heading`}>
      <div className="editor-section-head">
        <h3 id={`${id}-heading`}>{t('editor.section.overheads')}</h3>
        <span className="num editor-total">{t('editor.overheads.total', { total: fmt(currency).money(total) })}</span>
      </div>
      {overheads.length === 0 && <p className="editor-empty">{t('editor.overheads.empty')}</p>}
      {overheads.map((overhead, index) => {
        const name = overhead.label || t('editor.overheads.untitled', { n: index + 1 });
        return (
          <div key={index} className="entry-row" role="group" aria-label={name}>
            <div className="field">
              <label htmlFor={`${id}-${index}-label`}>{t('editor.overheads.label')}</label>
              <input id={`${id}-${index}-label`} type="text" maxLength={LIMITS.labelLength} value={overhead.label} onChange={(e) => edit(index, { label: e.target.value })} />
            </div>
            <NumberField
              label={t('editor.overheads.amount')}
              value={overhead.amount}
              min={LIMITS.amount.min}
              max={LIMITS.amount.max}
              sliderMax={50_000}
              step={100}
              format="money"
              currency={currency}
              onChange={(amount) => edit(index, { amount })}
            />
            <button
              type="button"
              className="btn btn-ghost btn-sm entry-remove"
              onClick={() => update((s) => ({ ...s, overheads: s.overheads.filter((_, i) => i !== index) }))}
            >
              {t('editor.overheads.remove')}
            </button>
          </div>
        );
      })}
      <button
        type="button"
        className="btn"
        disabled={overheads.length >= LIMITS.overheads.max}
        onClick={() => update((s) => ({ ...s, overheads: [...s.overheads, { label: t('editor.overheads.untitled', { n: s.overheads.length + 1 }), amount: 1000 }] }))}
      >
        {t('editor.overheads.add')}
      </button>
    </section>
  );
}

export const OverheadsSection = memo(OverheadsSectionImpl);
