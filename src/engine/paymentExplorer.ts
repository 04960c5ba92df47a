import { profitLine } from './breakEven';
import { rateMean } from './distributions';
import { feeBonusTerms, tieredTerms } from './payouts/equalEarnings';
import { creatorSpread, expectedCreatorPerformance } from './payouts/expected';
import { isLinear } from './payouts/terms';
import { lineItemAtRates, medianRates, ratesFrom, saturatedFlows, type LineItemFlows } from './funnel';
import { projectPoint } from './point';
import type { Economics, LineItem, Payment, Scenario } from './schema';
import { unitEconomics } from './unitEconomics';

/**
 * The payment-structure explorer: the same creators paid five ways at terms that give the creator
 * the same expected earnings, so what differs between structures is who carries the risk.
 */

export const STRUCTURES = ['fixed', 'gifting', 'cpa', 'cps', 'cpl', 'hybrid', 'feeBonus', 'tiered'] as const;
export type StructureKind = (typeof STRUCTURES)[number];

/** The structure a payment is: its model, except a fixed fee or gift with a bonus and a commission with tiers. */
export function structureOf(payment: Payment): StructureKind {
  if ((payment.model === 'fixed' || payment.model === 'gifting') && payment.bonus !== undefined) return 'feeBonus';
  if (payment.model === 'cps' && (payment.commissionTiers?.length ?? 0) > 0) return 'tiered';
  return payment.model;
}

/**
 * Expected volumes of a line item under the Monte Carlo model: every rate at its mean, and its
 * responses scaled by its audience's saturation (docs/MODEL.md §4; 1 without an audience).
 */
export function expectedFlows(item: LineItem, economics: Economics, saturation = 1): LineItemFlows {
  const unit = unitEconomics(item, economics);
  return saturatedFlows(lineItemAtRates(item, unit, ratesFrom((kind) => rateMean(item[kind]))), unit, saturation);
}

/**
 * What the creators of a line item expect to earn under its current payment: linear terms at the
 * mean rates; tiers, a bonus or a cap integrated over each creator's spread (payouts/expected.ts).
 */
export function expectedEarnings(item: LineItem, economics: Economics, saturation = 1): number {
  const flows = expectedFlows(item, economics, saturation);
  if (isLinear(item.payment) || item.creators === 0) return flows.payout;
  const fixed = flows.payoutBreakdown.fixedFees + flows.payoutBreakdown.gifts;
  return fixed + item.creators * expectedCreatorPerformance(item.payment, creatorSpread(item, economics, saturation));
}

/**
 * The typical-case saturation of a line item on its own in its audience, as the explorer
 * simulates it: φ depends on reach alone, so it is the same however the creators are paid.
 */
export function saturationAlone(scenario: Scenario, item: LineItem): number {
  if (item.audience === undefined) return 1;
  return projectPoint(soloScenario(scenario, item, item.payment)).audiences.find((a) => a.id === item.audience)?.saturation ?? 1;
}

export interface EquivalentStructure {
  kind: StructureKind;
  /** the terms, or null when no such terms exist (e.g. CPL without leads, commission above 100%) */
  payment: Payment | null;
  /** why there are no terms, as a message key for the UI */
  infeasible?: 'noPosts' | 'noCreators' | 'noConversions' | 'noLeads' | 'commissionAbove100' | undefined;
}

/**
 * Terms of each structure with the given expected creator earnings E:
 * fixed E/(C·P) per post; gifting E/C per creator; CPA E/E[payable]; CPS E/(E[payable]·net order value);
 * CPL E/(E[leads]·trackedShare); hybrid half as a fee per post and half as a commission.
 */
export function equivalentStructures(
  item: LineItem,
  economics: Economics,
  earnings = expectedEarnings(item, economics),
  saturation = 1,
): EquivalentStructure[] {
  const flows = expectedFlows(item, economics, saturation);
  const payable = flows.conversions * economics.trackedShare * (1 - economics.returnRate);
  const netOrderValue = economics.averageOrderValue * (1 - economics.discountRate);
  const trackedLeads = flows.leads * economics.trackedShare;
  const posts = item.creators * item.posts;

  const perPost = (amount: number): number | null => (posts > 0 ? amount / posts : null);
  const commission = (amount: number): number | null => (payable > 0 && netOrderValue > 0 ? amount / (payable * netOrderValue) : null);

  const fixed = perPost(earnings);
  const gift = item.creators > 0 ? earnings / item.creators : null;
  const cpa = payable > 0 ? earnings / payable : null;
  const cps = commission(earnings);
  const cpl = trackedLeads > 0 ? earnings / trackedLeads : null;
  const hybridFee = perPost(earnings / 2);
  const hybridCommission = commission(earnings / 2);

  const noPosts = item.creators === 0 ? 'noCreators' : 'noPosts';
  const structures: EquivalentStructure[] = [
    fixed === null ? { kind: 'fixed', payment: null, infeasible: noPosts } : { kind: 'fixed', payment: { model: 'fixed', feePerPost: fixed } },
    gift === null ? { kind: 'gifting', payment: null, infeasible: 'noCreators' } : { kind: 'gifting', payment: { model: 'gifting', giftCost: gift } },
    cpa === null ? { kind: 'cpa', payment: null, infeasible: 'noConversions' } : { kind: 'cpa', payment: { model: 'cpa', amountPerAction: cpa } },
    cps === null
      ? { kind: 'cps', payment: null, infeasible: 'noConversions' }
      : cps > 1
        ? { kind: 'cps', payment: null, infeasible: 'commissionAbove100' }
        : { kind: 'cps', payment: { model: 'cps', commissionRate: cps } },
    cpl === null ? { kind: 'cpl', payment: null, infeasible: 'noLeads' } : { kind: 'cpl', payment: { model: 'cpl', amountPerLead: cpl } },
    hybridFee === null
      ? { kind: 'hybrid', payment: null, infeasible: noPosts }
      : hybridCommission === null || hybridCommission > 1
        ? { kind: 'hybrid', payment: null, infeasible: hybridCommission === null ? 'noConversions' : 'commissionAbove100' }
        : { kind: 'hybrid', payment: { model: 'hybrid', feePerPost: hybridFee, commissionRate: hybridCommission } },
    { kind: 'feeBonus', ...feeBonusTerms(item, economics, earnings, saturation) },
    { kind: 'tiered', ...tieredTerms(item, economics, earnings, saturation) },
  ];
  // The structure in use pays the reference earnings by definition, so its own terms stand: a
  // hybrid split other than half and half stays as the planner set it (and stays feasible). An
  // empty group keeps its reason: with no creators or posts there is nobody to pay.
  const current = item.payment;
  const keepsCurrent = (s: EquivalentStructure) =>
    s.kind === structureOf(current) && s.infeasible !== 'noCreators' && s.infeasible !== 'noPosts' && earnings === expectedEarnings(item, economics, saturation);
  return structures.map((s) => (keepsCurrent(s) ? { kind: s.kind, payment: current } : s));
}

/** Brand profit of the line item as a line in its conversion rate cr: profit = intercept + slope · cr. */
export interface ProfitInConversionRate {
  intercept: number;
  slope: number;
}

/** At the typical (median) reach and click rates, as the break-even figures of docs/MODEL.md §4. */
export function profitInConversionRate(item: LineItem, economics: Economics, saturation = 1): ProfitInConversionRate {
  const unit = unitEconomics(item, economics);
  const flows = saturatedFlows(lineItemAtRates(item, unit, medianRates(item)), unit, saturation);
  const line = profitLine(flows, unit);
  return { intercept: line.fixedPart, slope: flows.clicks * line.marginPerConversion };
}

/**
 * Brand profit of the line item at conversion rate cr, the other rates at their medians: a line for
 * linear terms, bent (and stepped at a bonus) where tiers, a bonus or a cap price each creator.
 */
export function profitAtConversionRate(item: LineItem, economics: Economics, saturation = 1): (cr: number) => number {
  const unit = unitEconomics(item, economics);
  const median = medianRates(item);
  return (cr) => saturatedFlows(lineItemAtRates(item, unit, { ...median, conversionRate: cr }), unit, saturation).profit;
}

/**
 * The conversion rate above which structure `a` gives the brand more profit than structure `b`
 * (direction 'above'), or below which it does ('below'); null when the lines never cross at a
 * positive rate (one structure is better at every conversion rate, or they are identical).
 */
export function crossover(a: ProfitInConversionRate, b: ProfitInConversionRate): { rate: number; aBetter: 'above' | 'below' } | null {
  const slopeGap = a.slope - b.slope;
  if (slopeGap === 0) return null;
  const rate = (b.intercept - a.intercept) / slopeGap;
  if (!Number.isFinite(rate) || rate <= 0) return null;
  return { rate, aBetter: slopeGap > 0 ? 'above' : 'below' };
}

/** The line item alone, paid another way: the scenario the explorer simulates for one structure. */
export function soloScenario(scenario: Scenario, item: LineItem, payment: Payment): Scenario {
  return { ...scenario, overheads: [], lineItems: [{ ...item, payment }] };
}
