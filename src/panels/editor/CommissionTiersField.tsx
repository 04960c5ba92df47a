import { useId, useState } from 'react';
import { LIMITS } from '../../engine/limits';
import type { CommissionTier } from '../../engine/payouts/terms';
import type { Payment } from '../../engine/schema';
import { useI18n } from '../../i18n/i18n';
import { ruleParam } from '../../i18n/validationText';
import { fillTemplate } from '../../engine/validationRules';
import { RequiredNumberField } from '../fields/RequiredNumberField';
import { addTier, tierProblems, withTiers, type TypicalCreator } from './termsOps';

export interface CommissionTiersFieldProps {
  /** the payment, which has a commission rate */
  payment: Payment;
  /** currency code the tiers' starts are formatted in */
  currency: string;
  /** the typical creator, where a new tier starts */
  typical: TypicalCreator;
  /** called with a schema-valid payment only */
  onChange: (payment: Payment) => void;
}

/**
 * The commission tiers as rows of a start and a rate, with Add and Remove. Rows that break the
 * schema (a start not above the previous one) stay on screen with the reason under the row and do
 * not reach the store until fixed; an undo or any other change of the payment drops them.
 */
export function CommissionTiersField({ payment, currency, typical, onChange }: CommissionTiersFieldProps) {
  const { t, fmt, lang } = useI18n();
  const f = fmt(currency);
  const id = useId();
  const [draft, setDraft] = useState<{ base: Payment; rows: CommissionTier[] } | null>(null);
  const rows = draft && draft.base === payment ? draft.rows : (payment.commissionTiers ?? []);
  const candidate = withTiers(payment, rows);
  const problems = tierProblems(candidate);

  const propose = (next: CommissionTier[]) => {
    const proposed = withTiers(payment, next);
    if (tierProblems(proposed).size === 0) {
      setDraft(null);
      onChange(proposed);
    } else setDraft({ base: payment, rows: next });
  };
  const edit = (k: number, change: Partial<CommissionTier>) => propose(rows.map((row, i) => (i === k ? { ...row, ...change } : row)));

  return (
    <fieldset className="terms-part commission-tiers" aria-describedby={`${id}-hint`}>
      <legend>{t('terms.editor.tiers')}</legend>
      <p id={`${id}-hint`} className="number-field-hint">
        {t('terms.editor.tiersHint')}
      </p>
      {rows.map((row, k) => {
        const problem = problems.get(k);
        const previous = rows[k - 1];
        return (
          <div key={k} className={`tier-row${problem ? ' is-invalid' : ''}`}>
            <RequiredNumberField
              label={t('terms.editor.tierFrom', { n: k + 1 })}
              value={row.from}
              format="money"
              currency={currency}
              min={0}
              minExclusive
              max={LIMITS.amount.max}
              onChange={(v) => edit(k, { from: v })}
            />
            <RequiredNumberField
              label={t('terms.editor.tierRate', { n: k + 1 })}
              value={row.rate}
              format="percent"
              min={0}
              max={LIMITS.rate.max}
              onChange={(v) => edit(k, { rate: v })}
            />
            <button type="button" className="btn btn-ghost btn-sm tier-remove" onClick={() => propose(rows.filter((_, i) => i !== k))}>
              {t('terms.editor.removeTier', { n: k + 1 })}
            </button>
            {problem && (
              <p className="field-error tier-error" role="alert">
                {/* The rule's code says what is wrong; the one a row can break gets the planner's words with the previous start. */}
                {problem.code === 'tiersIncreasing' && previous
                  ? t('terms.error.tiersIncreasing', { from: f.money(previous.from) })
                  : problem.code
                    ? fillTemplate(t(`validation.rule.${problem.code}`), problem.params, ruleParam(t, lang))
                    : problem.rule}
              </p>
            )}
          </div>
        );
      })}
      {rows.length < LIMITS.commissionTiers && (
        <button type="button" className="btn btn-sm" disabled={problems.size > 0} onClick={() => propose(addTier(candidate, typical).commissionTiers ?? [])}>
          {t('terms.editor.addTier')}
        </button>
      )}
    </fieldset>
  );
}
