import { scenarioSchema, type Scenario } from '../src/engine/schema';
import { CURRENT_VERSION } from '../src/engine/vocabulary';

export const LINE_ITEMS = 20;

/** The benchmark campaign: LINE_ITEMS hybrid line items, every rate uncertain, half with leads. */
export function benchScenario(creators: number, trials: number): Scenario {
  const platforms = ['instagram', 'tiktok', 'youtube', 'other'] as const;
  return scenarioSchema.parse({
    format: 'campaign-roi-scenario',
    version: CURRENT_VERSION,
    name: `bench ${creators}`,
    currency: 'EUR',
    economics: { averageOrderValue: 60, grossMargin: 0.55, discountRate: 0.1, returnRate: 0.08, leadValue: 3, trackedShare: 0.8 },
    overheads: [{ label: 'Production', amount: 2500 }],
    simulation: { trials, seed: 42, creatorCorrelation: 0.5, campaignCorrelation: 0.3 },
    lineItems: Array.from({ length: LINE_ITEMS }, (_, i) => ({
      id: `item-${i}`,
      tier: 'micro',
      platform: platforms[i % 4],
      creators,
      followers: 20000 + 1000 * i,
      posts: 1 + (i % 4),
      reachRate: { low: 0.08 + 0.005 * i, high: 0.5 },
      engagementRate: { low: 0.02, high: 0.08 },
      clickRate: { low: 0.002, high: 0.01 + 0.0005 * i },
      conversionRate: { low: 0.01, high: 0.04 },
      leadRate: i % 2 === 0 ? { low: 0.005, high: 0.02 } : 0,
      payment: { model: 'hybrid', feePerPost: 200 + 10 * i, commissionRate: 0.1 },
    })),
  });
}
