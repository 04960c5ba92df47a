import type { Scenario } from '../../src/engine/schema';
import { buildScenario, type LineItemInput } from '../fixtures/scenario';

type Range = { low: number; high: number } | number;

export interface GroupOptions {
  creators: number;
  rhoC?: number;
  rhoG?: number;
  trials?: number;
  seed?: number;
  reach?: Range;
  click?: Range;
  conversion?: Range;
  lead?: Range;
}

/** One line item with a hybrid payment and a lead value, so that profit is not a multiple of conversions. */
export function groupLineItem(id: string, o: GroupOptions) {
  return {
    id,
    tier: 'micro' as const,
    platform: 'tiktok' as const,
    creators: o.creators,
    followers: 40_000,
    posts: 3,
    reachRate: o.reach ?? { low: 0.1, high: 0.6 },
    engagementRate: { low: 0.02, high: 0.08 },
    clickRate: o.click ?? { low: 0.002, high: 0.01 },
    conversionRate: o.conversion ?? { low: 0.01, high: 0.04 },
    leadRate: o.lead ?? { low: 0.01, high: 0.03 },
    payment: { model: 'hybrid', feePerPost: 5, commissionRate: 0.1 } as LineItemInput['payment'],
  };
}

export function groupScenario(o: GroupOptions, items = [groupLineItem('group', o)]): Scenario {
  return buildScenario({
    name: 'Monte Carlo fixture',
    economics: { averageOrderValue: 80, grossMargin: 0.6, leadValue: 2, trackedShare: 0.9 },
    overheads: [{ label: 'Production', amount: 100 }],
    simulation: { trials: o.trials ?? 10_000, seed: o.seed ?? 7, creatorCorrelation: o.rhoC ?? 0.5, campaignCorrelation: o.rhoG ?? 0.3 },
    lineItems: items,
  });
}

export function meanAndSd(xs: Float64Array): { mean: number; sd: number } {
  let s = 0;
  for (const x of xs) s += x;
  const mean = s / xs.length;
  let q = 0;
  for (const x of xs) q += (x - mean) ** 2;
  return { mean, sd: Math.sqrt(q / (xs.length - 1)) };
}
