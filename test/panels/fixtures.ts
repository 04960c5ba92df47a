import type { Scenario } from '../../src/engine/schema';
import { buildScenario } from '../fixtures/scenario';

/** The example scenario of docs/MODEL.md §3, validated, with a second line item to reorder against. */
export function exampleScenario(): Scenario {
  return buildScenario({
    name: 'Spring launch',
    economics: { averageOrderValue: 60, grossMargin: 0.55, discountRate: 0.1, returnRate: 0.08, trackedShare: 0.8 },
    overheads: [{ label: 'Content production', amount: 2500 }],
    timing: { weeks: 8, payoutDelayWeeks: 4 },
    simulation: { trials: 10000, seed: 42, creatorCorrelation: 0.5, campaignCorrelation: 0.3 },
    lineItems: [
      {
        id: 'micro-tiktok',
        label: 'Micro creators on TikTok',
        tier: 'micro',
        platform: 'tiktok',
        creators: 10,
        followers: 40000,
        posts: 3,
        reachRate: { low: 0.1, high: 0.6 },
        engagementRate: { low: 0.04, high: 0.12 },
        clickRate: { low: 0.002, high: 0.01 },
        conversionRate: { low: 0.01, high: 0.04 },
        payment: { model: 'hybrid', feePerPost: 400, commissionRate: 0.1 },
      },
      {
        id: 'nano-instagram',
        label: 'Nano creators on Instagram',
        tier: 'nano',
        platform: 'instagram',
        creators: 20,
        followers: 3000,
        posts: 2,
        reachRate: 0.3,
        engagementRate: { low: 0.015, high: 0.06 },
        clickRate: { low: 0.008, high: 0.04 },
        conversionRate: { low: 0.01, high: 0.04 },
        payment: { model: 'gifting', giftCost: 35 },
      },
    ],
  });
}
