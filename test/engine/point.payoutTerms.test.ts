import { describe, expect, it } from 'vitest';
import { projectCashFlow } from '../../src/engine/cashFlow';
import { projectPoint } from '../../src/engine/point';
import type { Scenario } from '../../src/engine/schema';
import { buildScenario, lineItemInput, type LineItemInput } from '../fixtures/scenario';

/**
 * Tiers, a bonus and a cap in the typical case (docs/MODEL.md §10), by hand. The group: 2 creators
 * of 10,000 followers, 1 post, reach 0.5, clicks 0.1, conversions 0.02, AOV 100, margin 0.5, no
 * discount or returns, everything tracked:
 *   impressions = 2 · 10,000 · 0.5 = 10,000; clicks = 1,000; conversions = 20 (10 per creator);
 *   sales per creator = 10 · 100 = 1,000; netRevenue = 2,000; grossProfit = 1,000.
 * leadRate 0.01 gives 10 leads, 5 per creator.
 */
const group = (payment: LineItemInput['payment'], overrides: Partial<LineItemInput> = {}): Scenario =>
  buildScenario({
    lineItems: [lineItemInput({ creators: 2, followers: 10_000, posts: 1, reachRate: 0.5, clickRate: 0.1, conversionRate: 0.02, leadRate: 0.01, payment, ...overrides })],
  });
const item = (payment: LineItemInput['payment'], overrides: Partial<LineItemInput> = {}) => projectPoint(group(payment, overrides)).lineItems[0]!;

describe('commission tiers in the typical case', () => {
  it('pays the higher rate on the part of each creator’s sales above a crossed tier', () => {
    // Per creator: 0.1 · 1,000 + (0.2 − 0.1) · (1,000 − 500) = 150; two creators 300.
    const li = item({ model: 'cps', commissionRate: 0.1, commissionTiers: [{ from: 500, rate: 0.2 }] });
    expect(li.payoutBreakdown.commission).toBeCloseTo(300, 9);
    expect(li.payout).toBeCloseTo(300, 9);
    expect(li.profit).toBeCloseTo(700, 9);
  });

  it('pays the base rate when no creator reaches the tier', () => {
    // 1,000 of sales per creator stays below 2,000: 0.1 · 1,000 · 2 = 200, as without tiers.
    const li = item({ model: 'cps', commissionRate: 0.1, commissionTiers: [{ from: 2000, rate: 0.2 }] });
    expect(li.payoutBreakdown.commission).toBeCloseTo(200, 9);
    expect(li.payout).toBeCloseTo(item({ model: 'cps', commissionRate: 0.1 }).payout, 9);
  });
});

describe('a bonus in the typical case', () => {
  // A fixed fee of 100 per post (200 for the group) plus 50 per creator once the metric is reached.
  const cases = [
    ['sales', 1000, 1001],
    ['conversions', 10, 11],
    ['leads', 5, 6],
  ] as const;
  it.each(cases)('on %s: paid to every creator at the threshold, to none just above it', (metric, reached, missed) => {
    const paid = item({ model: 'fixed', feePerPost: 100, bonus: { metric, threshold: reached, amount: 50 } });
    expect(paid.payoutBreakdown).toEqual({ fixedFees: 200, gifts: 0, perAction: 0, commission: 0, perLead: 0, bonuses: 100, capSavings: 0 });
    expect(paid.payout).toBe(300);
    const unpaid = item({ model: 'fixed', feePerPost: 100, bonus: { metric, threshold: missed, amount: 50 } });
    expect(unpaid.payoutBreakdown.bonuses).toBe(0);
    expect(unpaid.payout).toBe(200);
  });
});

describe('a payout cap in the typical case', () => {
  it('binds: 20 per action is 200 per creator, capped at 150, saving 100 for the group', () => {
    const li = item({ model: 'cpa', amountPerAction: 20, payoutCap: 150 });
    expect(li.payoutBreakdown.perAction).toBeCloseTo(400, 9);
    expect(li.payoutBreakdown.capSavings).toBeCloseTo(100, 9);
    expect(li.payout).toBeCloseTo(300, 9);
  });

  it('is slack: a cap of 300 above 200 per creator changes nothing', () => {
    const li = item({ model: 'cpa', amountPerAction: 20, payoutCap: 300 });
    expect(li.payoutBreakdown.capSavings).toBe(0);
    expect(li.payout).toBeCloseTo(item({ model: 'cpa', amountPerAction: 20 }).payout, 9);
  });
});

describe('tiers, a bonus and a cap together', () => {
  // Per creator: commission 150 (as above) + sales bonus 50 = 200, capped at 180 (saving 20).
  // Group: fees 200 + commission 300 + bonuses 100 − savings 40 = 560; profit 1,000 − 560 = 440.
  const scenario = group({
    model: 'hybrid', feePerPost: 100, commissionRate: 0.1,
    commissionTiers: [{ from: 500, rate: 0.2 }], bonus: { metric: 'sales', threshold: 1000, amount: 50 }, payoutCap: 180,
  });
  const point = projectPoint(scenario);
  const li = point.lineItems[0]!;

  it('prices each part and the payout is their sum', () => {
    expect(li.payoutBreakdown.fixedFees).toBe(200);
    expect(li.payoutBreakdown.commission).toBeCloseTo(300, 9);
    expect(li.payoutBreakdown.bonuses).toBe(100);
    expect(li.payoutBreakdown.capSavings).toBeCloseTo(40, 9);
    expect(li.payout).toBeCloseTo(560, 9);
    expect(li.profit).toBeCloseTo(440, 9);
    expect(point.totals.payoutBreakdown).toEqual(li.payoutBreakdown);
  });

  it('keeps the fee break-even outside the cap: profit before fees 640 over 2 posts is 320', () => {
    expect(li.breakEvenFeePerPost).toBeCloseTo(320, 9);
  });

  it('has a cash flow that adds up to the typical case, the bonus paid after the last week', () => {
    const flow = projectCashFlow(scenario, point);
    const total = (key: 'cost' | 'netRevenue' | 'grossProfit') => flow.weeks.reduce((sum, w) => sum + w[key], 0);
    expect(total('cost')).toBeCloseTo(point.totals.cost, 9);
    expect(total('netRevenue')).toBeCloseTo(point.totals.netRevenue, 9);
    expect(flow.weeks.at(-1)!.cumulativeProfit).toBeCloseTo(point.totals.profit, 9);
    // The bonus, 100 scaled by capped/uncapped = 560 − 200 fees = 360 of 400, is 90, paid in week
    // W + delay = 8 + 4 (the defaults) along with the commission earned in week 8.
    const { weeks, payoutDelayWeeks } = scenario.timing;
    expect(flow.weeks[weeks + payoutDelayWeeks]!.cost).toBeGreaterThanOrEqual(90);
  });
});

describe('break-even across a bonus jump', () => {
  // Fixed fees 200 plus a bonus of B per creator once a creator has 10 conversions. Profit at a
  // conversion rate c: 1,000 clicks · c · 50 − 200 − (c ≥ 0.02 ? 2B : 0).
  it('is where profit first turns positive when the bonus keeps it positive (B = 300)', () => {
    // Root 50,000 c = 200 at c = 0.004; at 0.02 the profit drops from 800 to 200, still ≥ 0.
    const li = item({ model: 'fixed', feePerPost: 100, bonus: { metric: 'conversions', threshold: 10, amount: 300 } });
    expect(li.breakEvenConversionRate).toBeCloseTo(0.004, 12);
  });

  it('is past the jump when the bonus drops profit below zero (B = 500)', () => {
    // At 0.02 profit drops to 1,000 − 200 − 1,000 = −200; it stays ≥ 0 from 50,000 c = 1,200, c = 0.024.
    const scenario = group({ model: 'fixed', feePerPost: 100, bonus: { metric: 'conversions', threshold: 10, amount: 500 } });
    const point = projectPoint(scenario);
    expect(point.lineItems[0]!.breakEvenConversionRate).toBeCloseTo(0.024, 12);
    // The campaign multiplier of that one item: 0.024 / 0.02.
    expect(point.totals.breakEvenConversionMultiplier).toBeCloseTo(1.2, 12);
  });

  it('is past a binding cap: a cap makes a CPA deal profitable at any rate above its fees', () => {
    // CPA 80 against a margin of 50 per conversion loses more the more it sells, until the cap of
    // 400 per creator binds at 5 conversions each (c = 0.01); then profit = 50,000 c − 200 − 800,
    // ≥ 0 from c = 0.02.
    const li = item({ model: 'hybrid', feePerPost: 100, amountPerAction: 80, payoutCap: 400 });
    expect(li.breakEvenConversionRate).toBeCloseTo(0.02, 12);
    // Without the cap it never breaks even.
    expect(item({ model: 'hybrid', feePerPost: 100, amountPerAction: 80 }).breakEvenConversionRate).toBeNull();
  });

  it('is null when profit is ≥ 0 at every rate', () => {
    expect(item({ model: 'cps', commissionRate: 0.1, bonus: { metric: 'leads', threshold: 1, amount: 0 } }).breakEvenConversionRate).toBeNull();
  });
});
