import { memo, useId, useState } from 'react';
import { LIMITS } from '../../engine/limits';
import { TIER_CONVENTIONS, type TierConvention } from '../../engine/tiers';
import { useI18n } from '../../i18n/i18n';
import { withTierConvention } from './lineItemOps';
import { withOptional } from '../fields/optional';
import { OptionalNumberField } from '../fields/OptionalNumberField';
import { SelectField } from '../fields/SelectField';
import type { ScenarioUpdate } from './ScenarioEditor';

export interface ScenarioDetailsSectionProps {
  /** the scenario's name (required) */
  name: string;
  /** free text about the scenario */
  description: string;
  /** ISO 4217 code; formatting only */
  currency: string;
  /** which tier bounds the scenario uses */
  convention: TierConvention;
  /** the most the campaign may cost, in `currency`; undefined when the scenario has no budget */
  budget: number | undefined;
  /** applies an edit to the latest scenario */
  update: ScenarioUpdate;
}

/** Common codes first; formatting only, the planner converts nothing. */
const CURRENCIES = ['EUR', 'USD', 'GBP', 'CHF', 'SEK', 'NOK', 'DKK', 'PLN', 'CZK', 'CAD', 'AUD', 'NZD', 'JPY', 'INR', 'BRL', 'MXN', 'ZAR', 'SGD', 'AED'];

/** Name, description, currency, budget and tier convention of the scenario. */
function ScenarioDetailsSectionImpl({ name, description, currency, convention, budget, update }: ScenarioDetailsSectionProps) {
  const { t } = useI18n();
  const id = useId();
  // An emptied name is refused (the file format requires one) but stays on screen until fixed.
  const [nameDraft, setNameDraft] = useState<string | null>(null);
  const currencies = CURRENCIES.includes(currency) ? CURRENCIES : [currency, ...CURRENCIES];
  const nameInvalid = nameDraft !== null && nameDraft.trim() === '';

  return (
    <section className="editor-section card" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('editor.section.scenario')}</h3>
      <div className="editor-grid">
        <div className="field">
          <label htmlFor={`${id}-name`}>{t('editor.name')}</label>
          <input
            id={`${id}-name`}
            type="text"
            maxLength={LIMITS.nameLength}
            value={nameInvalid ? (nameDraft ?? '') : name}
            aria-invalid={nameInvalid || undefined}
            aria-describedby={nameInvalid ? `${id}-name-error` : undefined}
            onChange={(e) => {
              const text = e.target.value;
              setNameDraft(text);
              if (text.trim() !== '') update((s) => ({ ...s, name: text }));
            }}
          />
          {nameInvalid && (
            <p id={`${id}-name-error`} className="field-error" role="alert">
              {t('editor.name.empty')}
            </p>
          )}
        </div>
        <SelectField
          label={t('editor.currency')}
          value={currency}
          options={currencies.map((code) => ({ value: code, label: code }))}
          onChange={(code) => update((s) => ({ ...s, currency: code }))}
        />
        <OptionalNumberField
          label={t('editor.budget')}
          hint={t('editor.budget.hint')}
          emptyText={t('editor.budget.none')}
          value={budget}
          min={LIMITS.amount.min}
          max={LIMITS.amount.max}
          format="money"
          currency={currency}
          onChange={(v) => update((s) => withOptional(s, 'budget', v))}
        />
        <SelectField
          label={t('editor.tierConvention')}
          value={convention}
          options={TIER_CONVENTIONS.map((c) => ({ value: c, label: t(`editor.tierConvention.${c}`) }))}
          onChange={(c) => update((s) => withTierConvention(s, c))}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-description`}>{t('editor.description')}</label>
        <textarea
          id={`${id}-description`}
          rows={2}
          maxLength={LIMITS.descriptionLength}
          value={description}
          onChange={(e) => {
            const text = e.target.value;
            update((s) => {
              const { description: _old, ...rest } = s;
              return text === '' ? rest : { ...rest, description: text };
            });
          }}
        />
      </div>
    </section>
  );
}

export const ScenarioDetailsSection = memo(ScenarioDetailsSectionImpl);
