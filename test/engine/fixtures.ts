import { scenarioSchema, type LineItem, type Scenario } from '../../src/engine/schema';

/** A one-line-item scenario with round numbers, for hand calculations; override what a test varies. */
export function handScenario(item: Partial<LineItem> = {}, rest: Partial<Scenario> = {}): Scenario {
  return scenarioSchema.parse({
    format: 'campaign-roi-scenario',
    version: 1,
    name: 'Hand',
    currency: 'EUR',
    economics: { averageOrderValue: 100, grossMargin: 0.5 },
    lineItems: [
      {
        id: 'li',
        label: 'Group',
        tier: 'micro',
        platform: 'instagram',
        creators: 1,
        followers: 100000,
        posts: 1,
        reachRate: 0.2,
        engagementRate: 0.02,
        clickRate: 0.01,
        conversionRate: 0.03,
        payment: { model: 'fixed', feePerPost: 100 },
        ...item,
      },
    ],
    ...rest,
  });
}
