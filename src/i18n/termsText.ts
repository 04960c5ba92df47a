import type { Bonus, CommissionTier } from '../engine/payouts/terms';
import type { Formatters } from './format';
import type { Translate } from './i18n';

/**
 * Tiers, a bonus and a cap in plain words (docs/MODEL.md §10), one phrase each, for the editor's
 * preview, the Payments explorer's terms and the names of scenarios made from them.
 */

/** A rate as planners quote it: 8%, 12.5%. */
const rateWords = (rate: number, f: Formatters) => f.percent(rate, Number.isInteger(Math.round(rate * 1e6) / 1e4) ? 0 : 1);

/** "8% up to €5,000 of a creator's sales, 12% from €5,000 to €20,000, 15% above". */
export function tiersText(commissionRate: number, tiers: readonly CommissionTier[], t: Translate, f: Formatters): string {
  const first = tiers[0];
  if (first === undefined) return t('terms.commission', { rate: rateWords(commissionRate, f) });
  const phrases = [t('terms.words.tierFirst', { rate: rateWords(commissionRate, f), to: f.money(first.from) })];
  tiers.forEach((tier, k) => {
    const next = tiers[k + 1];
    phrases.push(
      next === undefined
        ? t('terms.words.tierLast', { rate: rateWords(tier.rate, f) })
        : t('terms.words.tierMiddle', { rate: rateWords(tier.rate, f), from: f.money(tier.from), to: f.money(next.from) }),
    );
  });
  return phrases.join(', ');
}

/** "€500 bonus per creator from €10,000 sales", or from 50 sales, or from 200 leads. */
export function bonusText(bonus: Bonus, t: Translate, f: Formatters): string {
  const threshold = bonus.metric === 'sales' ? f.money(bonus.threshold) : f.number(bonus.threshold);
  return t(`terms.words.bonus.${bonus.metric}`, { amount: f.money(bonus.amount), threshold });
}

/** "at most €3,000 per creator". */
export function capText(cap: number, t: Translate, f: Formatters): string {
  return t('terms.words.cap', { cap: f.money(cap) });
}
