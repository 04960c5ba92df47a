import { scenarioInput } from '../fixtures/scenario';

/** A small valid scenario for the command's tests, independent of the examples in scenarios/. */
export const testScenario = scenarioInput({
  name: 'CLI test',
  economics: { averageOrderValue: 50, grossMargin: 0.5 },
  simulation: { trials: 1000, seed: 5 },
  lineItems: [
    {
      id: 'micro-ig',
      label: 'Micro creators on Instagram',
      tier: 'micro',
      platform: 'instagram',
      creators: 4,
      followers: 30000,
      posts: 2,
      reachRate: { low: 0.1, high: 0.3 },
      engagementRate: { low: 0.008, high: 0.035 },
      clickRate: { low: 0.005, high: 0.025 },
      conversionRate: { low: 0.008, high: 0.035 },
      payment: { model: 'hybrid', feePerPost: 300, commissionRate: 0.1 },
    },
    {
      id: 'nano-ig',
      label: 'Nano creators on Instagram',
      tier: 'nano',
      platform: 'instagram',
      creators: 10,
      followers: 3000,
      posts: 1,
      reachRate: { low: 0.15, high: 0.45 },
      engagementRate: { low: 0.015, high: 0.06 },
      clickRate: { low: 0.008, high: 0.04 },
      conversionRate: { low: 0.01, high: 0.04 },
      payment: { model: 'gifting', giftCost: 25 },
    },
  ],
});
