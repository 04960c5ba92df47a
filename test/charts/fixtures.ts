import type { Scenario } from '../../src/engine/schema';
import { buildScenario } from '../fixtures/scenario';
import type { CashFlowResult, LineItemPoint, McMetric, MonteCarloResult, PointResult, Summary } from '../../src/engine/types';

/** Hand-made results for component tests: numbers chosen to be easy to find on screen. */
export function makeScenario(overrides: Partial<Scenario['economics']> = {}): Scenario {
  return buildScenario({ name: 'Spring launch', economics: { averageOrderValue: 60, grossMargin: 0.55, ...overrides } });
}

const lineItem = (id: string, label: string, extra: Partial<LineItemPoint> = {}): LineItemPoint => ({
  id,
  label,
  impressions: 600_000,
  reach: 450_000,
  engagements: 36_000,
  clicks: 3_000,
  conversions: 75,
  leads: 0,
  netRevenue: 4_140,
  payout: 12_000,
  payoutBreakdown: { fixedFees: 11_000, gifts: 0, perAction: 0, commission: 1_000, perLead: 0, bonuses: 0, capSavings: 0 },
  grossProfit: 2_277,
  profit: -9_723,
  roi: -0.81025,
  roas: 0.345,
  cpm: 20,
  cpe: 0.333,
  cpc: 4,
  cpa: 160,
  cpl: null,
  breakEvenConversionRate: 0.0977,
  breakEvenFeePerPost: 75.9,
  ...extra,
});

export function makePoint(): PointResult {
  const items = [
    lineItem('micro-tiktok', 'Micro creators on TikTok'),
    lineItem('nano-ig', 'Nano creators on Instagram', {
      payout: 3_500,
      payoutBreakdown: { fixedFees: 0, gifts: 1_500, perAction: 2_000, commission: 0, perLead: 0, bonuses: 0, capSavings: 0 },
      grossProfit: 6_100,
      profit: 2_600,
      roi: 0.742857,
    }),
  ];
  return {
    lineItems: items,
    totals: {
      impressions: 1_234_567,
      reach: 900_000,
      engagements: 72_000,
      clicks: 6_000,
      conversions: 150,
      leads: 0,
      netRevenue: 8_280,
      payout: 15_500,
      payoutBreakdown: { fixedFees: 11_000, gifts: 1_500, perAction: 2_000, commission: 1_000, perLead: 0, bonuses: 0, capSavings: 0 },
      overheads: 2_500,
      cost: 18_000,
      grossProfit: 30_400,
      profit: 12_400,
      roi: 0.68889,
      roas: 3.2,
      cpm: 14.58,
      cpe: 0.25,
      cpc: 3,
      cpa: 120,
      cpl: null,
      mediaValue: 9_876,
      breakEvenConversionMultiplier: 0.6,
      budget: null,
      budgetLeft: null,
      frequency: 1_234_567 / 900_000,
    },
    audiences: [],
  };
}

const summary = (p5: number, p50: number, p95: number): Summary => ({ mean: p50, sd: (p95 - p5) / 3.3, p5, p50, p95 });

/** Profit samples spread evenly from `low` to `high`. */
export function makeMonteCarlo(low = -3_100, high = 31_000, trials = 800, probabilityOfLoss = 0.125): MonteCarloResult {
  const profit = Float64Array.from({ length: trials }, (_, i) => low + ((high - low) * i) / (trials - 1));
  const metrics = {} as Record<McMetric, Summary>;
  for (const m of ['impressions', 'reach', 'clicks', 'conversions', 'netRevenue', 'cost', 'payout'] as const) metrics[m] = summary(1, 2, 3);
  metrics.profit = summary(-3_100, 12_400, 31_000);
  metrics.roi = summary(-0.17, 0.69, 1.72);
  const empty = new Float64Array(0);
  return {
    trials,
    seed: 1,
    metrics,
    probabilityOfLoss,
    probabilityOverBudget: null,
    samples: { impressions: empty, reach: empty, clicks: empty, conversions: empty, netRevenue: empty, cost: empty, profit, roi: empty, payout: empty },
  };
}

/** Pays back in week 6 when `pays`; otherwise revenue never covers the cost. */
export function makeCashFlow(pays = true): CashFlowResult {
  let cumulativeProfit = 0;
  const weeks = Array.from({ length: 13 }, (_, week) => {
    const cost = week === 0 ? 6_000 : week < 4 ? 1_000 : 0;
    const netRevenue = week === 0 ? 0 : pays ? 3_000 : 300;
    const grossProfit = netRevenue * 0.55;
    cumulativeProfit += grossProfit - cost;
    return { week, cost, netRevenue, grossProfit, cumulativeProfit };
  });
  return { weeks, paybackWeek: pays ? 6 : null };
}
