import { rateMedian } from './distributions';
import type { LineItem } from './schema';
import { RATE_KINDS, type RateKind } from './vocabulary';
import type { PayoutBreakdown, Volumes } from './types';
import { creatorPayout } from './payouts/terms';
import type { NonLinearTerms, UnitEconomics } from './unitEconomics';

/** One value per rate kind: the medians for the typical case, or any other choice (P5/P95, a trial). */
export type Rates = Record<RateKind, number>;

/** Every rate of a line item at its median (docs/MODEL.md §4). */
export function medianRates(item: LineItem): Rates {
  return ratesFrom((kind) => rateMedian(item[kind]));
}

export function ratesFrom(rateOf: (kind: RateKind) => number): Rates {
  const rates = {} as Rates;
  for (const kind of RATE_KINDS) rates[kind] = rateOf(kind);
  return rates;
}

export type FunnelVolumes = Omit<Volumes, 'netRevenue'>;

/** The funnel of docs/MODEL.md §4 for a group of C creators with F followers each, posting P times. */
function funnelVolumes(item: Pick<LineItem, 'creators' | 'followers' | 'posts'>, rates: Rates): FunnelVolumes {
  const { creators: c, followers: f, posts: p } = item;
  const impressions = c * p * f * rates.reachRate;
  const clicks = impressions * rates.clickRate;
  return {
    impressions,
    reach: c * f * exposedShare(rates.reachRate * p),
    engagements: c * p * f * rates.engagementRate,
    clicks,
    conversions: clicks * rates.conversionRate,
    leads: clicks * rates.leadRate,
  };
}

/**
 * 1 − exp(−x), the share of followers who see at least one of the posts. expm1 keeps precision
 * when x is tiny; x = 0 returns +0 rather than −0.
 */
function exposedShare(x: number): number {
  return x === 0 ? 0 : -Math.expm1(-x);
}

export interface LineItemMoney {
  netRevenue: number;
  payout: number;
  payoutBreakdown: PayoutBreakdown;
  /** netRevenue · grossMargin + leads · leadValue */
  grossProfit: number;
  /** grossProfit − payout */
  profit: number;
}

/** Prices a group's conversions and leads with its unit economics (fees and gifts come with them). */
export function priceVolumes(economics: UnitEconomics, conversions: number, leads: number): LineItemMoney {
  const payoutBreakdown: PayoutBreakdown = {
    fixedFees: economics.fixedFees,
    gifts: economics.gifts,
    ...(economics.nonLinear === undefined
      ? { perAction: conversions * economics.perActionPerConversion, commission: conversions * economics.commissionPerConversion, perLead: leads * economics.payoutPerLead, bonuses: 0, capSavings: 0 }
      : groupPerformance(economics.nonLinear, conversions, leads)),
  };
  const payout = sumBreakdown(payoutBreakdown);
  const grossProfit = conversions * economics.grossProfitPerConversion + leads * economics.grossProfitPerLead;
  return {
    netRevenue: conversions * economics.revenuePerConversion,
    payout,
    payoutBreakdown,
    grossProfit,
    profit: grossProfit - payout,
  };
}

export function sumBreakdown(b: PayoutBreakdown): number {
  return b.fixedFees + b.gifts + b.perAction + b.commission + b.perLead + b.bonuses - b.capSavings;
}

type PerformanceBreakdown = Omit<PayoutBreakdown, 'fixedFees' | 'gifts'>;

/**
 * A group with tiers, a bonus or a cap, every creator at the group's typical volumes
 * (docs/MODEL.md §10): one creator's share of the volumes is priced by the per-creator rule and
 * multiplied by the creators, so all of them reach a threshold together or not at all.
 */
export function groupPerformance(n: NonLinearTerms, conversions: number, leads: number): PerformanceBreakdown {
  const payable = (conversions * n.payableShare) / n.creators;
  const one = creatorPayout(n.terms, { payable, sales: payable * n.netOrderValue, leads: (leads * n.trackedShare) / n.creators });
  const c = n.creators;
  return { perAction: one.perAction * c, commission: one.commission * c, perLead: one.perLead * c, bonuses: one.bonus * c, capSavings: one.capSaving * c };
}

export type LineItemFlows = FunnelVolumes & LineItemMoney;

/**
 * One line item's volumes and money at explicit rate values. The point projection passes the
 * medians; sensitivity analysis, the payment explorer and the cash flow pass other values.
 * `economics` is `unitEconomics(item, scenario.economics)`, computed once by the caller.
 */
export function lineItemAtRates(
  item: Pick<LineItem, 'creators' | 'followers' | 'posts'>,
  economics: UnitEconomics,
  rates: Rates,
): LineItemFlows {
  const volumes = funnelVolumes(item, rates);
  return { ...volumes, ...priceVolumes(economics, volumes.conversions, volumes.leads) };
}

/**
 * The flows of a line item whose audience is saturated by φ (docs/MODEL.md §4): people reached
 * twice respond once, so reach and every response (and the money priced from them) scale by φ;
 * impressions, fixed fees and gifts do not. φ = 1 returns the flows as they are.
 */
export function saturatedFlows(flows: LineItemFlows, economics: UnitEconomics, saturation: number): LineItemFlows {
  if (saturation === 1) return flows;
  const conversions = flows.conversions * saturation;
  const leads = flows.leads * saturation;
  return {
    impressions: flows.impressions,
    reach: flows.reach * saturation,
    engagements: flows.engagements * saturation,
    clicks: flows.clicks * saturation,
    conversions,
    leads,
    ...priceVolumes(economics, conversions, leads),
  };
}
