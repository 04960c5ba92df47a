import { isLinear, type PerformanceTerms } from './payouts/terms';
import type { Economics, LineItem } from './schema';

/**
 * The money side of one line item, per unit of volume (docs/MODEL.md §4). Profit is linear in the
 * conversions and leads of a group, so the point projection, the Monte Carlo trials and the
 * cash flow all price volumes through these coefficients instead of repeating the formulas.
 */
export interface UnitEconomics {
  /** net revenue per conversion: AOV · (1 − discount) · (1 − returns) */
  revenuePerConversion: number;
  /** gross profit per conversion: revenuePerConversion · grossMargin */
  grossProfitPerConversion: number;
  /** payout per conversion: (amountPerAction + commissionRate · AOV · (1 − discount)) · trackedShare · (1 − returns) */
  payoutPerConversion: number;
  perActionPerConversion: number;
  commissionPerConversion: number;
  /** leadValue */
  grossProfitPerLead: number;
  /** amountPerLead · trackedShare */
  payoutPerLead: number;
  /** feePerPost · creators · posts */
  fixedFees: number;
  /** giftCost · creators */
  gifts: number;
  /**
   * v3: tiers, a bonus or a cap (docs/MODEL.md §10), present only when the item has them and
   * creators: such a group is priced per creator, every creator at the group's typical volumes.
   */
  nonLinear?: NonLinearTerms;
}

export interface NonLinearTerms {
  terms: PerformanceTerms;
  creators: number;
  /** trackedShare · (1 − returnRate): payable conversions per conversion */
  payableShare: number;
  /** AOV · (1 − discountRate): the sales commission is paid on, per payable conversion */
  netOrderValue: number;
  trackedShare: number;
}

export function unitEconomics(item: LineItem, econ: Economics): UnitEconomics {
  const p = item.payment;
  const netOrderValue = econ.averageOrderValue * (1 - econ.discountRate);
  const revenuePerConversion = netOrderValue * (1 - econ.returnRate);
  const payableShare = econ.trackedShare * (1 - econ.returnRate);
  const perActionPerConversion = (p.amountPerAction ?? 0) * payableShare;
  const commissionPerConversion = (p.commissionRate ?? 0) * payableShare * netOrderValue;
  return {
    revenuePerConversion,
    grossProfitPerConversion: revenuePerConversion * econ.grossMargin,
    payoutPerConversion: perActionPerConversion + commissionPerConversion,
    perActionPerConversion,
    commissionPerConversion,
    grossProfitPerLead: econ.leadValue,
    payoutPerLead: (p.amountPerLead ?? 0) * econ.trackedShare,
    fixedFees: (p.feePerPost ?? 0) * item.creators * item.posts,
    gifts: (p.giftCost ?? 0) * item.creators,
    ...(isLinear(p) || item.creators === 0 ? {} : { nonLinear: { terms: p, creators: item.creators, payableShare, netOrderValue, trackedShare: econ.trackedShare } }),
  };
}

/** Division that reports an undefined metric as null instead of NaN or Infinity. */
export function ratio(numerator: number, denominator: number): number | null {
  if (denominator === 0 || !Number.isFinite(numerator) || !Number.isFinite(denominator)) return null;
  const value = numerator / denominator;
  return Number.isFinite(value) ? value : null;
}
