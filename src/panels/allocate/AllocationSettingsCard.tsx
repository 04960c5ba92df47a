import { useId } from 'react';
import { LIMITS } from '../../engine/limits';
import type { Scenario } from '../../engine/schema';
import { ALLOCATION_OBJECTIVES, BUDGET_RULES } from '../../engine/vocabulary';
import { useI18n } from '../../i18n/i18n';
import { withAllocationSetting, withBudget } from './allocationOps';
import { OptionalNumberField } from '../fields/OptionalNumberField';
import { SelectField } from '../fields/SelectField';

export interface AllocationSettingsCardProps {
  scenario: Scenario;
  /** receives the scenario with one setting changed: an undoable edit of the workspace */
  onChange(next: Scenario): void;
}

/** The allocator's settings (docs/MODEL.md §8), kept in the scenario's `budget` and `allocation`. */
export function AllocationSettingsCard({ scenario, onChange }: AllocationSettingsCardProps) {
  const { t } = useI18n();
  const id = useId();
  const own = scenario.allocation ?? {};
  const currency = scenario.currency;
  const noLimit = t('allocate.settings.noLimit');
  return (
    <section className="card allocate-settings" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('allocate.settings.title')}</h3>
      <OptionalNumberField
        label={t('allocate.settings.budget')}
        hint={t('allocate.settings.budgetHint')}
        value={scenario.budget}
        onChange={(v) => onChange(withBudget(scenario, v))}
        min={LIMITS.amount.min}
        max={LIMITS.amount.max}
        format="money"
        currency={currency}
        emptyText={t('allocate.noBudget.title')}
      />
      <SelectField
        label={t('allocate.settings.objective')}
        value={own.objective ?? 'expectedProfit'}
        options={ALLOCATION_OBJECTIVES.map((o) => ({ value: o, label: t(`allocate.objective.${o}`) }))}
        onChange={(o) => onChange(withAllocationSetting(scenario, 'objective', o))}
      />
      <SelectField
        label={t('allocate.settings.budgetRule')}
        value={own.budgetRule ?? 'typical'}
        options={BUDGET_RULES.map((r) => ({ value: r, label: t(`allocate.budgetRule.${r}`) }))}
        onChange={(r) => onChange(withAllocationSetting(scenario, 'budgetRule', r))}
      />
      <fieldset className="allocate-limits">
        <legend>{t('allocate.settings.limits')}</legend>
        <OptionalNumberField
          label={t('allocate.settings.maxLossProbability')}
          value={own.maxLossProbability}
          onChange={(v) => onChange(withAllocationSetting(scenario, 'maxLossProbability', v))}
          min={0}
          max={1}
          format="percent"
          emptyText={noLimit}
        />
        <OptionalNumberField
          label={t('allocate.settings.maxCpa')}
          value={own.maxCpa}
          onChange={(v) => onChange(withAllocationSetting(scenario, 'maxCpa', v))}
          min={0}
          minExclusive
          max={LIMITS.amount.max}
          format="money"
          currency={currency}
          emptyText={noLimit}
        />
        <OptionalNumberField
          label={t('allocate.settings.minReach')}
          value={own.minReach}
          onChange={(v) => onChange(withAllocationSetting(scenario, 'minReach', v))}
          min={0}
          max={LIMITS.amount.max}
          emptyText={noLimit}
        />
      </fieldset>
    </section>
  );
}
