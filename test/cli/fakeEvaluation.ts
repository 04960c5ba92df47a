import type { Evaluation } from '../../src/engine/evaluate';
import type { LineItemPoint, Summary } from '../../src/engine/types';

/**
 * A hand-made engine result, with the extra fields the engine carries and a few undefined metrics.
 * By default it has a budget of 1,000 (cost 1,250: 250 over, in 3 of 4 trials) and one audience of
 * 20,000 whose 10,000 gross reach is 8,000 different people; `{ v2: false }` leaves both out, as a version 1 file has them.
 */

const breakdown = { fixedFees: 1000, gifts: 0, perAction: 0, commission: 50, perLead: 0, bonuses: 0, capSavings: 0 };
const summary = (base: number): Summary => ({ mean: base, sd: base / 10, p5: base * 0.8, p50: base, p95: base * 1.2 });

export function lineItem(id: string, label: string): LineItemPoint {
  return {
    id, label, impressions: 10000, reach: 8000, engagements: 300, clicks: 50, conversions: 0, leads: 0,
    netRevenue: 0, payout: 1050, payoutBreakdown: breakdown, grossProfit: 0, profit: -1050,
    roi: -1, roas: 0, cpm: 105, cpe: 3.5, cpc: 21, cpa: null, cpl: null,
    breakEvenConversionRate: null, breakEvenFeePerPost: -5,
  };
}

export function fakeEvaluation(name = 'Test', items = [lineItem('a', 'Alpha')], { v2 = true } = {}): Evaluation {
  return {
    name,
    point: {
      totals: {
        impressions: 10000, reach: 8000, engagements: 300, clicks: 50, conversions: 0, leads: 0, netRevenue: 0,
        payout: 1050, payoutBreakdown: breakdown, overheads: 200, cost: 1250, grossProfit: 0, profit: -1250,
        roi: -1, roas: 0, cpm: 125, cpe: 1250 / 300, cpc: 25, cpa: null, cpl: null, mediaValue: -0,
        breakEvenConversionMultiplier: null, budget: v2 ? 1000 : null, budgetLeft: v2 ? -250 : null, frequency: 1.25,
      },
      lineItems: items,
      audiences: v2 ? [{ id: 'fans', label: 'Fans', size: 20000, grossReach: 10000, reach: 8000, saturation: 0.8, penetration: 0.4 }] : [],
    },
    monteCarlo: {
      trials: 100,
      seed: 3,
      metrics: {
        impressions: summary(10000), reach: summary(8000), clicks: summary(50), conversions: summary(0),
        netRevenue: summary(0), cost: summary(1250), profit: summary(-1250), roi: { mean: null, sd: null, p5: -1, p50: -1, p95: -1 },
        payout: summary(1050),
      },
      probabilityOfLoss: 1,
      probabilityOverBudget: v2 ? 0.75 : null,
      samples: { impressions: new Float64Array(1) } as never,
    },
    cashFlow: {
      weeks: [
        { week: 0, cost: 200, netRevenue: 0, grossProfit: 0, cumulativeProfit: -200 },
        { week: 1, cost: 1050, netRevenue: 0, grossProfit: 0, cumulativeProfit: -1250 },
      ],
      paybackWeek: null,
    },
  };
}
