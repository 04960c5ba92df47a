import { defaultLineItem } from './defaults';
import { CURRENT_VERSION, SCENARIO_FORMAT, type Economics, type LineItem, type Platform, type Scenario, type Tier } from './schema';
import type { TierConvention } from './tiers';

/**
 * What a planner starts from when they start from nothing: a neutral online shop (the economics of
 * the docs/MODEL.md §3 example) and micro creators on Instagram, gifted the product plus a 10% commission.
 * At the benchmark rates a fee does not earn itself back on first orders (a micro Instagram post
 * sells about one order), a gift with commission roughly does, so a new plan opens with a profit
 * that could go either way rather than a certain loss.
 */
export const STARTER_ECONOMICS: Economics = {
  averageOrderValue: 60,
  grossMargin: 0.55,
  discountRate: 0.1,
  returnRate: 0.08,
  leadValue: 0,
  trackedShare: 0.8,
  mediaValueCpm: 0,
};

export const STARTER_COMMISSION = 0.1;

/** A gift is the product at cost plus shipping. */
export const giftCostFor = (economics: Economics): number => Math.round((economics.averageOrderValue * (1 - economics.grossMargin) + 5) * 100) / 100;

/** A new line item: the benchmark's typical creator of the cell, gifted the product plus commission. */
export function starterLineItem(tier: Tier, platform: Platform, id: string, label: string, economics: Economics, convention: TierConvention = 'standard'): LineItem {
  const item = defaultLineItem(tier, platform, id, convention);
  return { ...item, label, payment: { model: 'hybrid', giftCost: giftCostFor(economics), commissionRate: STARTER_COMMISSION } };
}

/** A scenario without line items at the economics of the docs/MODEL.md §3 example, in EUR, the currency of the examples. */
export function emptyScenario(name: string): Scenario {
  return {
    format: SCENARIO_FORMAT,
    version: CURRENT_VERSION,
    name,
    currency: 'EUR',
    economics: { ...STARTER_ECONOMICS },
    overheads: [],
    timing: { weeks: 8, payoutDelayWeeks: 4 },
    simulation: { trials: 10_000, seed: 1, creatorCorrelation: 0.5, campaignCorrelation: 0.3 },
    lineItems: [],
  };
}

/** A new scenario with one line item. */
export function blankScenario(name: string, lineItemLabel: string): Scenario {
  return { ...emptyScenario(name), lineItems: [starterLineItem('micro', 'instagram', 'micro-instagram', lineItemLabel, STARTER_ECONOMICS)] };
}
