import { benchmarkDefaults } from '../defaults';
import type { Payment, Platform, Tier } from '../schema';
import type { TierConvention } from '../tiers';

/** The payment fields a creator list may give (docs/MODEL.md §9). */
export const ROSTER_PAYMENT_FIELDS = ['feePerPost', 'giftCost', 'commissionRate', 'amountPerAction'] as const;
export type RosterPaymentField = (typeof ROSTER_PAYMENT_FIELDS)[number];
export type PaymentAmounts = Partial<Record<RosterPaymentField, number>>;

/** How a payment was completed where the fields given fit no model on their own. */
export type PaymentFill = 'zeroCommission' | 'zeroFee' | null;

/**
 * The payment model follows from the fields that have a value (docs/MODEL.md §9): one field its own
 * model, a fixed part and a performance part a hybrid, none a fixed fee at the cell's typical fee.
 * Two fixed parts (a fee and a gift) or two performance parts fit no model of the file format, whose
 * hybrid needs one of each; they become a hybrid with the missing part at 0, which pays the same,
 * and the caller announces it.
 */
export function paymentFrom(amounts: PaymentAmounts, tier: Tier, platform: Platform, convention: TierConvention): { payment: Payment; fill: PaymentFill } {
  const given = ROSTER_PAYMENT_FIELDS.filter((f) => amounts[f] !== undefined);
  const fixed = given.filter((f) => f === 'feePerPost' || f === 'giftCost');
  const performance = given.filter((f) => f === 'commissionRate' || f === 'amountPerAction');
  const { feePerPost, giftCost, commissionRate, amountPerAction } = amounts;
  if (given.length === 0) return { payment: { model: 'fixed', feePerPost: benchmarkDefaults(tier, platform, convention).feePerPost.value.typical }, fill: null };
  if (given.length === 1) {
    if (feePerPost !== undefined) return { payment: { model: 'fixed', feePerPost }, fill: null };
    if (giftCost !== undefined) return { payment: { model: 'gifting', giftCost }, fill: null };
    if (commissionRate !== undefined) return { payment: { model: 'cps', commissionRate }, fill: null };
    if (amountPerAction !== undefined) return { payment: { model: 'cpa', amountPerAction }, fill: null };
  }
  const payment: Payment = { model: 'hybrid' };
  for (const field of given) payment[field] = amounts[field];
  if (performance.length === 0) return { payment: { ...payment, commissionRate: 0 }, fill: 'zeroCommission' };
  if (fixed.length === 0) return { payment: { ...payment, feePerPost: 0 }, fill: 'zeroFee' };
  return { payment, fill: null };
}
