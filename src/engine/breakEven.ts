import type { LineItemFlows } from './funnel';
import type { UnitEconomics } from './unitEconomics';
import { ratio } from './unitEconomics';
import { itemProfit, leastStayingNonNegative } from './payouts/breakEvenTerms';

/**
 * Profit is affine in the conversions: profit = fixedPart + conversions · marginPerConversion.
 * The break-even figures of docs/MODEL.md §4 solve that line for zero.
 */
export interface ProfitLine {
  /** profit with no conversions: lead margin minus fees and gifts (and overheads, for a campaign) */
  fixedPart: number;
  /** gross profit minus performance payout, per conversion */
  marginPerConversion: number;
}

/**
 * Gross profit and payout per conversion can cancel exactly on paper (e.g. a commission equal to
 * the margin) yet differ by a rounding error in floating point; such a margin is treated as 0 so
 * that break-even figures are null instead of astronomically large.
 */
function conversionMargin(economics: UnitEconomics): number {
  const margin = economics.grossProfitPerConversion - economics.payoutPerConversion;
  const scale = Math.max(Math.abs(economics.grossProfitPerConversion), Math.abs(economics.payoutPerConversion));
  return Math.abs(margin) <= scale * 1e-12 ? 0 : margin;
}

export function profitLine(flows: LineItemFlows, economics: UnitEconomics): ProfitLine {
  return {
    fixedPart: flows.leads * (economics.grossProfitPerLead - economics.payoutPerLead) - economics.fixedFees - economics.gifts,
    marginPerConversion: conversionMargin(economics),
  };
}

/** The positive x with fixedPart + x · slope = 0, or null when there is none (or every x is one). */
function positiveRoot(fixedPart: number, slope: number): number | null {
  const root = ratio(-fixedPart, slope);
  return root !== null && root > 0 ? root : null;
}

/** The conversion rate (> 0) at which the line item's profit is 0, other rates fixed. */
export function breakEvenConversionRate(flows: LineItemFlows, economics: UnitEconomics): number | null {
  // With tiers, a bonus or a cap: the rate from which profit stays ≥ 0 (docs/MODEL.md §10).
  if (economics.nonLinear !== undefined) return flows.clicks > 0 ? leastStayingNonNegative([itemProfit(flows, economics, flows.clicks)], 0) : null;
  const line = profitLine(flows, economics);
  return positiveRoot(line.fixedPart, flows.clicks * line.marginPerConversion);
}

/**
 * The fee per post at which the line item's profit is 0, everything else fixed: the profit before
 * fixed fees, spread over creators · posts. Negative when the item loses money even unpaid.
 */
export function breakEvenFeePerPost(flows: LineItemFlows, creators: number, posts: number): number | null {
  const b = flows.payoutBreakdown;
  // Summed afresh rather than as profit + fixedFees, which would cancel away a small profit.
  const profitBeforeFees = flows.grossProfit - (b.gifts + b.perAction + b.commission + b.perLead + b.bonuses - b.capSavings);
  return ratio(profitBeforeFees, creators * posts);
}

/**
 * The factor k by which every conversion rate would have to be multiplied for campaign profit
 * to be 0: profit(k) = Σ fixedPart − overheads + k · Σ conversions · marginPerConversion.
 */
export function breakEvenConversionMultiplier(
  items: readonly { flows: LineItemFlows; economics: UnitEconomics }[],
  overheads: number,
): number | null {
  if (items.some(({ economics }) => economics.nonLinear !== undefined))
    return leastStayingNonNegative(items.map(({ flows, economics }) => itemProfit(flows, economics, flows.conversions)), overheads);
  let fixedPart = -overheads;
  let slope = 0;
  for (const { flows, economics } of items) {
    const line = profitLine(flows, economics);
    fixedPart += line.fixedPart;
    slope += flows.conversions * line.marginPerConversion;
  }
  return positiveRoot(fixedPart, slope);
}
