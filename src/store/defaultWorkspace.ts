import { parseScenarioValue } from '../engine/parse';
import type { Scenario } from '../engine/schema';

/**
 * The scenario a first visit starts from, and what "add scenario" creates. It goes through the
 * same validation as a file, so defaults are filled exactly as for anything the user opens.
 */
const STARTER = {
  format: 'campaign-roi-scenario',
  version: 1,
  name: 'Spring launch — micro TikTok hybrid',
  currency: 'EUR',
  economics: { averageOrderValue: 60, grossMargin: 0.55, discountRate: 0.1, returnRate: 0.08, trackedShare: 0.8 },
  overheads: [{ label: 'Content production', amount: 2500 }],
  timing: { weeks: 8, payoutDelayWeeks: 4 },
  simulation: { trials: 10_000, seed: 42, creatorCorrelation: 0.5, campaignCorrelation: 0.3 },
  lineItems: [
    {
      id: 'micro-tiktok',
      label: 'Micro creators on TikTok',
      tier: 'micro',
      platform: 'tiktok',
      creators: 10,
      followers: 40_000,
      posts: 3,
      reachRate: { low: 0.1, high: 0.6 },
      engagementRate: { low: 0.04, high: 0.12 },
      clickRate: { low: 0.002, high: 0.01 },
      conversionRate: { low: 0.01, high: 0.04 },
      payment: { model: 'hybrid', feePerPost: 400, commissionRate: 0.1 },
    },
  ],
};

/** A fresh copy of the starter scenario, optionally renamed. */
export function defaultScenario(name?: string): Scenario {
  const parsed = parseScenarioValue(structuredClone(STARTER));
  const scenario = parsed.ok ? parsed.data.scenarios[0] : undefined;
  // The starter is a constant checked by the store tests; failing here means it was edited badly.
  if (!scenario) throw new Error('The built-in starter scenario is invalid');
  return name === undefined ? scenario : { ...scenario, name };
}
