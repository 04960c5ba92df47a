import type { Platform, Rate, Tier } from '../../engine/schema';
import { useI18n } from '../../i18n/i18n';
import type { BenchmarkField, TierChange } from './tierChange';

export interface BenchmarkOfferProps {
  tier: Tier;
  platform: Platform;
  change: Pick<TierChange, 'offer' | 'followed'>;
  /** currency code of the scenario, for the fee */
  currency: string;
  onAccept: () => void;
  onDismiss: () => void;
}

/**
 * After a tier or platform change: the new cell's benchmark values where the planner typed their
 * own, to take or leave, and which untouched values followed the new cell silently.
 */
export function BenchmarkOffer({ tier, platform, change, currency, onAccept, onDismiss }: BenchmarkOfferProps) {
  const { t, fmt } = useI18n();
  const f = fmt(currency);
  const pct = (v: number) => f.percent(v, v < 0.001 ? 3 : v < 0.1 ? 2 : 1);
  const fieldName = (field: BenchmarkField) =>
    field === 'feePerPost' ? t('editor.payment.field.feePerPost') : field === 'followers' ? t('editor.item.followers') : t(`editor.rate.${field}`);
  const shown = (field: BenchmarkField, value: number | Rate | undefined) => {
    if (value === undefined) return '—';
    if (field === 'feePerPost') return f.money(value as number);
    if (field === 'followers') return f.number(value as number);
    return typeof value === 'number' ? pct(value) : `${pct(value.low)} – ${pct(value.high)}`;
  };
  const offered = (Object.keys(change.offer) as BenchmarkField[]).map((field) => `${fieldName(field)} ${shown(field, change.offer[field])}`);
  const cell = { tier: t(`editor.tier.${tier}`), platform: t(`editor.platform.${platform}`) };
  const followed = change.followed.length > 0 ? t('editor.offer.followed', { fields: change.followed.map(fieldName).join(', ') }) : '';
  if (offered.length === 0) {
    return followed ? (
      <p className="benchmark-offer" role="status">
        {t('editor.offer.allFollowed', cell)} {followed}
      </p>
    ) : null;
  }
  return (
    <div className="benchmark-offer" role="group" aria-label={t('editor.offer.label', cell)}>
      <p>
        {t('editor.offer.differ', { ...cell, values: offered.join(', ') })} {followed}
      </p>
      <div className="benchmark-offer-actions">
        <button type="button" className="btn btn-sm" onClick={onAccept}>
          {t('editor.offer.accept')}
        </button>
        <button type="button" className="btn btn-ghost btn-sm" onClick={onDismiss}>
          {t('editor.offer.keep')}
        </button>
      </div>
    </div>
  );
}

