import { memo } from 'react';
import { LIMITS } from '../../engine/limits';
import { BONUS_METRICS } from '../../engine/payouts/terms';
import type { Payment } from '../../engine/schema';
import { useI18n } from '../../i18n/i18n';
import { bonusText, capText, tiersText } from '../../i18n/termsText';
import { CommissionTiersField } from './CommissionTiersField';
import { withOptional } from '../fields/optional';
import { RequiredNumberField } from '../fields/RequiredNumberField';
import { SelectField } from '../fields/SelectField';
import { defaultBonus, defaultCap, switchBonusMetric, termsAllowed, type TypicalCreator } from './termsOps';

export interface PayoutTermsFieldsProps {
  /** the line item's payment */
  payment: Payment;
  /** currency code the amounts are formatted in */
  currency: string;
  /** the typical creator of the line item, where new terms start */
  typical: TypicalCreator;
  /** called with a schema-valid payment */
  onChange: (payment: Payment) => void;
}

/** Commission tiers, a bonus and a cap (docs/MODEL.md §10), each where the payment's parts allow it, with the terms in words. */
function PayoutTermsFieldsImpl({ payment, currency, typical, onChange }: PayoutTermsFieldsProps) {
  const { t, fmt } = useI18n();
  const f = fmt(currency);
  const allowed = termsAllowed(payment);
  const bonus = payment.bonus;
  const tiers = payment.commissionTiers ?? [];
  const words = [
    ...(tiers.length > 0 ? [tiersText(payment.commissionRate ?? 0, tiers, t, f)] : []),
    ...(bonus ? [bonusText(bonus, t, f)] : []),
    ...(payment.payoutCap !== undefined ? [capText(payment.payoutCap, t, f)] : []),
  ];

  return (
    <fieldset className="payout-terms">
      <legend>{t('terms.editor.title')}</legend>
      <p className="number-field-hint">{t('terms.editor.intro')}</p>
      {allowed.tiers && <CommissionTiersField payment={payment} currency={currency} typical={typical} onChange={onChange} />}
      <div className="terms-part">
        <label className="terms-toggle">
          <input type="checkbox" checked={bonus !== undefined} onChange={(e) => onChange(withOptional(payment, 'bonus', e.target.checked ? defaultBonus(typical) : undefined))} />
          {t('terms.editor.bonus')}
        </label>
        {bonus && (
          <div className="terms-grid">
            <SelectField
              label={t('terms.editor.bonusMetric')}
              value={bonus.metric}
              options={BONUS_METRICS.map((metric) => ({ value: metric, label: t(`terms.metric.${metric}`) }))}
              onChange={(metric) => onChange({ ...payment, bonus: switchBonusMetric(bonus, metric, typical) })}
            />
            <RequiredNumberField
              key={bonus.metric}
              label={t('terms.editor.bonusThreshold')}
              value={bonus.threshold}
              format={bonus.metric === 'sales' ? 'money' : 'number'}
              currency={currency}
              min={0}
              minExclusive
              max={LIMITS.amount.max}
              onChange={(v) => onChange({ ...payment, bonus: { ...bonus, threshold: v } })}
            />
            <RequiredNumberField
              label={t('terms.editor.bonusAmount')}
              value={bonus.amount}
              format="money"
              currency={currency}
              min={LIMITS.amount.min}
              max={LIMITS.amount.max}
              onChange={(v) => onChange({ ...payment, bonus: { ...bonus, amount: v } })}
            />
          </div>
        )}
      </div>
      {allowed.cap && (
        <div className="terms-part">
          <label className="terms-toggle">
            <input type="checkbox" checked={payment.payoutCap !== undefined} onChange={(e) => onChange(withOptional(payment, 'payoutCap', e.target.checked ? defaultCap(typical) : undefined))} />
            {t('terms.editor.cap')}
          </label>
          {payment.payoutCap !== undefined && (
            <div className="terms-grid">
              <RequiredNumberField
                label={t('terms.editor.capAmount')}
                hint={t('terms.editor.capHint')}
                value={payment.payoutCap}
                format="money"
                currency={currency}
                min={LIMITS.amount.min}
                max={LIMITS.amount.max}
                onChange={(v) => onChange({ ...payment, payoutCap: v })}
              />
            </div>
          )}
        </div>
      )}
      {words.length > 0 && (
        <p className="terms-preview" aria-live="polite">
          {t('terms.editor.preview', { terms: words.join('; ') })}
        </p>
      )}
    </fieldset>
  );
}

export const PayoutTermsFields = memo(PayoutTermsFieldsImpl);
