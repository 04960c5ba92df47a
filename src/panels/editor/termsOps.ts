import { creatorSpread } from '../../engine/payouts/expected';
import { creatorPayout, type Bonus, type BonusMetric, type CommissionTier } from '../../engine/payouts/terms';
import { LIMITS } from '../../engine/limits';
import type { Economics, LineItem, Payment } from '../../engine/schema';
import { validatePayment, type ValidationError } from '../../engine/parse';
import { withOptional } from '../fields/optional';

/**
 * Pure edits of a payment's performance terms (docs/MODEL.md §10): commission tiers, a bonus and a
 * cap. Each returns a new payment the schema accepts, or the same payment when nothing changes.
 */

/** Which terms the payment's parts allow: tiers need a commission, a cap a performance part, a bonus goes with any. */
export function termsAllowed(payment: Payment): { tiers: boolean; bonus: boolean; cap: boolean } {
  const performance = payment.amountPerAction !== undefined || payment.commissionRate !== undefined || payment.amountPerLead !== undefined;
  return { tiers: payment.commissionRate !== undefined, bonus: true, cap: performance };
}

/** `next` with the terms of `previous` that its parts still allow: switching fixed → hybrid keeps a bonus, cps → cpa drops the tiers. */
export function carryTerms(previous: Payment, next: Payment): Payment {
  const allowed = termsAllowed(next);
  let out = next;
  if (allowed.tiers && previous.commissionTiers !== undefined) out = { ...out, commissionTiers: previous.commissionTiers };
  if (previous.bonus !== undefined) out = { ...out, bonus: previous.bonus };
  if (allowed.cap && previous.payoutCap !== undefined) out = { ...out, payoutCap: previous.payoutCap };
  if (!allowed.tiers) out = withOptional(out, 'commissionTiers', undefined);
  if (!allowed.cap) out = withOptional(out, 'payoutCap', undefined);
  return out;
}

/** What one typical creator does (every rate at its median), for the values a new term starts from. */
export interface TypicalCreator {
  sales: number;
  conversions: number;
  leads: number;
  /** performance pay under the current terms, uncapped */
  performance: number;
}

export function typicalCreator(item: LineItem, economics: Economics): TypicalCreator {
  const spread = creatorSpread(item, economics);
  const conversions = spread.payableMu === -Infinity ? 0 : Math.exp(spread.payableMu);
  const leads = spread.leadsMu === -Infinity ? 0 : Math.exp(spread.leadsMu);
  const sales = conversions * spread.netOrderValue;
  const { payoutCap: _cap, ...uncapped } = item.payment;
  return { sales, conversions, leads, performance: creatorPayout(uncapped, { payable: conversions, sales, leads }).performance };
}

/** Two significant digits, at least `floor`: starting values a planner reads at a glance. */
export function roundNice(x: number, floor: number): number {
  if (!(x > floor) || !Number.isFinite(x)) return floor;
  return Math.min(LIMITS.amount.max, Number(x.toPrecision(2)));
}

/** A new tier above the last: the first from the typical creator's sales at 1.5 × the rate, each next at twice the start, a quarter more. */
export function addTier(payment: Payment, typical: TypicalCreator): Payment {
  const tiers = payment.commissionTiers ?? [];
  if (payment.commissionRate === undefined || tiers.length >= LIMITS.commissionTiers) return payment;
  const last = tiers[tiers.length - 1];
  const base = payment.commissionRate;
  const tier: CommissionTier = last
    ? { from: roundNice(last.from * 2, last.from + 1), rate: Math.min(1, roundRate(last.rate * 1.25)) }
    : { from: roundNice(typical.sales, 100), rate: Math.min(1, roundRate(base > 0 ? base * 1.5 : 0.05)) };
  return { ...payment, commissionTiers: [...tiers, tier] };
}

const roundRate = (r: number) => Math.round(r * 1000) / 1000;

/** The tiers with one row replaced or removed; an empty list leaves the field out. */
export function withTiers(payment: Payment, tiers: readonly CommissionTier[]): Payment {
  return withOptional(payment, 'commissionTiers', tiers.length > 0 ? [...tiers] : undefined);
}

function thresholdFor(metric: BonusMetric, typical: TypicalCreator): number {
  if (metric === 'sales') return roundNice(typical.sales * 1.5, 100);
  return Math.round(roundNice((metric === 'conversions' ? typical.conversions : typical.leads) * 1.5, 1));
}

/** A bonus for reaching half as much again as the typical creator sells, worth 5% of the threshold's sales (at least €10). */
export function defaultBonus(typical: TypicalCreator): Bonus {
  const threshold = thresholdFor('sales', typical);
  return { metric: 'sales', threshold, amount: roundNice(threshold * 0.05, 10) };
}

/** Another metric, its threshold restarted from the typical creator's value of it. */
export function switchBonusMetric(bonus: Bonus, metric: BonusMetric, typical: TypicalCreator): Bonus {
  return metric === bonus.metric ? bonus : { ...bonus, metric, threshold: thresholdFor(metric, typical) };
}

/** A cap at twice the typical creator's performance pay: it binds only for creators who do far better. */
export function defaultCap(typical: TypicalCreator): number {
  return roundNice(typical.performance * 2, 50);
}

/** The schema's findings about the terms, by tier row: a tier whose start does not rise above the previous one. */
export function tierProblems(payment: Payment): Map<number, ValidationError> {
  const out = new Map<number, ValidationError>();
  for (const error of validatePayment(payment)) {
    const row = /^commissionTiers\[(\d+)\]/.exec(error.path);
    if (row) out.set(Number(row[1]), error);
  }
  return out;
}
