import type { PayoutBreakdown } from '../engine/types';

/** The parts of a payout before the cap; v3's bonuses are one of them, and the cap's saving is drawn apart (capSaving). */
export const PAYOUT_PARTS = ['fixedFees', 'gifts', 'perAction', 'commission', 'perLead', 'bonuses'] as const;
export type PayoutPart = (typeof PAYOUT_PARTS)[number];

export interface StackSegment {
  key: PayoutPart;
  x0: number;
  x1: number;
  value: number;
}

/** Cost segments end to end, in a fixed order so colours line up across bars; empty parts are left out. */
export function stackPayout(breakdown: PayoutBreakdown): StackSegment[] {
  const out: StackSegment[] = [];
  let x = 0;
  for (const key of PAYOUT_PARTS) {
    const value = breakdown[key];
    if (!(value > 0)) continue;
    out.push({ key, x0: x, x1: x + value, value });
    x += value;
  }
  return out;
}

/**
 * What the cap kept the brand from paying, as the last stretch of the stack: the parts add up to
 * the payout before the cap, so this stretch, drawn hatched over them, is what was not paid
 * (docs/MODEL.md §10). Null without a binding cap.
 */
export function capSaving(breakdown: PayoutBreakdown): { x0: number; x1: number; value: number } | null {
  if (!(breakdown.capSavings > 0)) return null;
  const uncapped = PAYOUT_PARTS.reduce((sum, key) => sum + Math.max(0, breakdown[key]), 0);
  return { x0: uncapped - breakdown.capSavings, x1: uncapped, value: breakdown.capSavings };
}

/** The payment components used by at least one line item, for the legend. */
export function partsInUse(breakdowns: readonly PayoutBreakdown[]): PayoutPart[] {
  return PAYOUT_PARTS.filter((key) => breakdowns.some((b) => b[key] > 0));
}

/** Colour of each payment component: the series palette without the green of gross profit beside it. */
export const PART_COLOURS: Record<PayoutPart, string> = {
  fixedFees: 'var(--series-1, #0072b2)',
  gifts: 'var(--series-5, #56b4e9)',
  perAction: 'var(--series-2, #e69f00)',
  commission: 'var(--series-4, #cc79a7)',
  perLead: 'var(--series-6, #d55e00)',
  bonuses: 'var(--series-8, #9a8700)',
};
