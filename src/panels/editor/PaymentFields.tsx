import { memo, type ReactNode } from 'react';
import { LIMITS } from '../../engine/limits';
import { PAYMENT_MODELS, type Payment, type PaymentField } from '../../engine/schema';
import { useI18n } from '../../i18n/i18n';
import { NumberField, type NumberFieldProps } from '../fields/NumberField';
import { PayoutTermsFields } from './PayoutTermsFields';
import { SelectField } from '../fields/SelectField';
import type { TypicalCreator } from './termsOps';
import { FIXED_FIELDS, PAYMENT_FIELD_ORDER, PERFORMANCE_FIELDS, paymentFieldsOf, switchPaymentModel, toggleHybridPart } from './lineItemOps';

export interface PaymentFieldsProps {
  /** the line item's payment */
  payment: Payment;
  /** currency code the amounts are formatted in */
  currency: string;
  /** values a field starts from when a model needs it and the payment has none */
  fallbacks: Record<PaymentField, number>;
  /** called with a schema-valid payment */
  onChange: (payment: Payment) => void;
  /** the benchmark source of the fee per post */
  feeNote?: ReactNode;
  /** the line item's typical creator, where new tiers, a bonus or a cap start */
  typical: TypicalCreator;
}

type FieldShape = Pick<NumberFieldProps, 'format' | 'min' | 'max' | 'sliderMin' | 'sliderMax' | 'step' | 'scale'>;

const MONEY: FieldShape = { format: 'money', min: LIMITS.amount.min, max: LIMITS.amount.max };

const SHAPES: Record<PaymentField, FieldShape> = {
  feePerPost: { ...MONEY, scale: 'log', sliderMin: 10, sliderMax: 500_000 },
  giftCost: { ...MONEY, sliderMin: 0, sliderMax: 500, step: 1 },
  amountPerAction: { ...MONEY, sliderMin: 0, sliderMax: 200, step: 0.5 },
  commissionRate: { format: 'percent', min: 0, max: LIMITS.rate.max, sliderMin: 0, sliderMax: 0.5, step: 0.005 },
  amountPerLead: { ...MONEY, sliderMin: 0, sliderMax: 100, step: 0.5 },
};

/** The payment model and exactly the fields that model needs; a hybrid picks its parts. */
function PaymentFieldsImpl({ payment, currency, fallbacks, onChange, feeNote, typical }: PaymentFieldsProps) {
  const { t } = useI18n();
  const present = paymentFieldsOf(payment);
  const isLastOfGroup = (field: PaymentField) => {
    const group = FIXED_FIELDS.includes(field) ? FIXED_FIELDS : PERFORMANCE_FIELDS;
    return present.filter((f) => group.includes(f)).length === 1 && present.includes(field);
  };

  return (
    <div className="payment-fields">
      <SelectField
        label={t('editor.payment.model')}
        value={payment.model}
        options={PAYMENT_MODELS.map((model) => ({ value: model, label: t(`editor.payment.${model}`) }))}
        onChange={(model) => onChange(switchPaymentModel(payment, model, fallbacks))}
        hint={t(`editor.payment.${payment.model}.hint`)}
      />
      {payment.model === 'hybrid' && (
        <fieldset className="hybrid-parts">
          <legend className="number-field-label">{t('editor.payment.parts')}</legend>
          {PAYMENT_FIELD_ORDER.map((field) => (
            <label key={field} className="hybrid-part">
              <input
                type="checkbox"
                checked={present.includes(field)}
                disabled={isLastOfGroup(field)}
                onChange={(e) => onChange(toggleHybridPart(payment, field, e.target.checked, fallbacks))}
              />
              {t(`editor.payment.field.${field}`)}
            </label>
          ))}
          <p className="number-field-hint">{t('editor.payment.hybridHint')}</p>
        </fieldset>
      )}
      {present.map((field) => (
        <NumberField
          key={field}
          label={t(`editor.payment.field.${field}`)}
          value={payment[field] ?? 0}
          currency={currency}
          {...SHAPES[field]}
          onChange={(v) => onChange({ ...payment, [field]: v })}
          {...(field === 'feePerPost' && feeNote ? { note: feeNote } : {})}
        />
      ))}
      <PayoutTermsFields payment={payment} currency={currency} typical={typical} onChange={onChange} />
    </div>
  );
}

export const PaymentFields = memo(PaymentFieldsImpl);
