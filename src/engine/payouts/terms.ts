/**
 * Performance payout terms of format version 3 (docs/MODEL.md §10, SPEC §10): commission tiers,
 * a threshold bonus and a cap on a creator's performance payout. They bend the payout per
 * creator, so everything non-linear about payments is priced here, once, for the typical case,
 * the cash flow, the Monte Carlo, the allocator and the Payments explorer alike.
 */

import { performanceOf } from './performance';

export const BONUS_METRICS = ['sales', 'conversions', 'leads'] as const;
export type BonusMetric = (typeof BONUS_METRICS)[number];

export interface CommissionTier {
  /** a creator's sales above which `rate` applies (> 0, strictly increasing) */
  from: number;
  rate: number;
}

export interface Bonus {
  metric: BonusMetric;
  /** the metric's value from which the bonus is paid (> 0) */
  threshold: number;
  amount: number;
}

/** The parts of a payment that price one creator's performance (fixed fees and gifts are outside). */
export interface PerformanceTerms {
  amountPerAction?: number | undefined;
  commissionRate?: number | undefined;
  amountPerLead?: number | undefined;
  commissionTiers?: readonly CommissionTier[] | undefined;
  bonus?: Bonus | undefined;
  payoutCap?: number | undefined;
}

/** One creator's volumes over the whole campaign, after audience overlap. */
export interface CreatorVolumes {
  /** payable conversions: conversions · trackedShare · (1 − returnRate) */
  payable: number;
  /** the value commission is paid on: payable · AOV · (1 − discountRate) */
  sales: number;
  /** tracked leads: leads · trackedShare */
  leads: number;
}

export interface CreatorPayout {
  perAction: number;
  commission: number;
  perLead: number;
  /** before the cap */
  bonus: number;
  /** what the cap kept the brand from paying (≥ 0) */
  capSaving: number;
  /** perAction + commission + perLead + bonus − capSaving */
  performance: number;
}

/** True when the terms pay a constant amount per conversion and per lead, as format v1/v2 did. */
export function isLinear(terms: PerformanceTerms): boolean {
  return (terms.commissionTiers === undefined || terms.commissionTiers.length === 0) && terms.bonus === undefined && terms.payoutCap === undefined;
}

/** commissionRate · sales + Σ_k (rate_k − rate_{k−1}) · max(0, sales − from_k). */
export function tieredCommission(sales: number, commissionRate: number, tiers: readonly CommissionTier[] | undefined): number {
  let commission = commissionRate * sales;
  let previousRate = commissionRate;
  for (const tier of tiers ?? []) {
    if (sales > tier.from) commission += (tier.rate - previousRate) * (sales - tier.from);
    previousRate = tier.rate;
  }
  return commission;
}

export function bonusMetricValue(metric: BonusMetric, volumes: CreatorVolumes): number {
  return metric === 'sales' ? volumes.sales : metric === 'conversions' ? volumes.payable : volumes.leads;
}

export function bonusReached(bonus: Bonus, volumes: CreatorVolumes): boolean {
  return bonusMetricValue(bonus.metric, volumes) >= bonus.threshold;
}

/** SPEC §10's performance_j, with its parts for the payout breakdown (the compiled rule, performance.ts, once). */
export function creatorPayout(terms: PerformanceTerms, volumes: CreatorVolumes): CreatorPayout {
  const rule = performanceOf(terms);
  rule.price(volumes.payable, volumes.sales, volumes.leads);
  const { perAction, commission, perLead, bonus, capSaving, performance } = rule;
  return { perAction, commission, perLead, bonus, capSaving, performance };
}
