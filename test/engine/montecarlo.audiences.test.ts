import { describe, expect, it } from 'vitest';
import { runMonteCarlo } from '../../src/engine/monteCarlo';
import { projectPoint } from '../../src/engine/point';
import { planLineItem } from '../../src/engine/montecarlo/plan';
import type { Summary } from '../../src/engine/types';
import { buildScenario, lineItemInput } from '../fixtures/scenario';
import { groupScenario, meanAndSd } from './montecarloFixtures';

/**
 * Audience overlap in the Monte Carlo (docs/MODEL.md §5): φ is computed per trial from each line
 * item's sampled reach and scales its responses.
 */

const ranges = {
  reachRate: { low: 0.1, high: 0.4 },
  clickRate: { low: 0.005, high: 0.02 },
  conversionRate: { low: 0.01, high: 0.05 },
};

const nicheScenario = (extra: object = {}) =>
  buildScenario({
    audiences: [{ id: 'niche', label: 'Niche', size: 200_000 }],
    budget: 9_000,
    simulation: { trials: 4_000, seed: 7, creatorCorrelation: 0.5, campaignCorrelation: 0.3 },
    lineItems: [
      lineItemInput({ id: 'nano', creators: 40, followers: 8_000, posts: 2, audience: 'niche', payment: { model: 'hybrid', giftCost: 30, commissionRate: 0.1 } }),
      lineItemInput({ id: 'micro', creators: 5, followers: 60_000, posts: 1, audience: 'niche', payment: { model: 'fixed', feePerPost: 300 } }),
      lineItemInput({ id: 'free', creators: 3, followers: 20_000, payment: { model: 'cps', commissionRate: 0.15 } }),
    ],
    ...extra,
  });

describe('Monte Carlo with audiences', () => {
  it('equals the typical case, overlap included, when every rate is known', () => {
    // Known rates: every creator of a group has the same rates in every trial, so each trial's
    // sampled reach is the typical reach and its φ the typical φ; every trial is the typical case.
    const scenario = nicheScenario();
    const point = projectPoint(scenario);
    expect(point.audiences[0]?.saturation).toBeLessThan(0.9);
    const mc = runMonteCarlo(scenario, { trials: 50 });
    for (const metric of ['impressions', 'reach', 'clicks', 'conversions', 'netRevenue', 'cost', 'profit'] as const) {
      const mean = mc.metrics[metric].mean as number;
      expect(mean).toBeCloseTo(point.totals[metric], 6);
      expect(mc.metrics[metric].sd as number).toBeLessThan(1e-9 * Math.max(1, Math.abs(mean)));
    }
  });

  it('keeps per-line-item samples after overlap that add up to the campaign totals', () => {
    const base = nicheScenario();
    const scenario = { ...base, lineItems: base.lineItems.map((li) => ({ ...li, ...ranges })) };
    const mc = runMonteCarlo(scenario, { trials: 500, keepSamples: true, keepLineItemSamples: true });
    const items = mc.lineItemSamples ?? [];
    for (const t of [0, 17, 499]) {
      const conversions = items.reduce((sum, s) => sum + (s.conversions[t] as number), 0);
      const reach = items.reduce((sum, s) => sum + (s.reach[t] as number), 0);
      const cost = items.reduce((sum, s) => sum + (s.payout[t] as number), 0);
      expect(conversions).toBeCloseTo(mc.samples?.conversions[t] as number, 6);
      expect(reach).toBeCloseTo(mc.samples?.reach[t] as number, 4);
      expect(cost).toBeCloseTo(mc.samples?.cost[t] as number, 6);
    }
  });

  it('gives the same draws with and without kept samples', () => {
    const base = nicheScenario();
    const scenario = { ...base, lineItems: base.lineItems.map((li) => ({ ...li, ...ranges })) };
    const plain = runMonteCarlo(scenario, { trials: 3_000 });
    const kept = runMonteCarlo(scenario, { trials: 3_000, keepLineItemSamples: true });
    expect(kept.metrics).toEqual(plain.metrics);
  });

  it('lowers conversions below the same plan without an audience, and leaves impressions alone', () => {
    const base = nicheScenario();
    const withRanges = { ...base, lineItems: base.lineItems.map((li) => ({ ...li, ...ranges })) };
    const without = { ...withRanges, audiences: [], lineItems: withRanges.lineItems.map(({ audience: _a, ...li }) => li) };
    const a = runMonteCarlo(withRanges, { trials: 2_000 });
    const b = runMonteCarlo(without, { trials: 2_000 });
    expect(a.metrics.impressions).toEqual(b.metrics.impressions);
    expect(a.metrics.conversions.mean as number).toBeLessThan(b.metrics.conversions.mean as number);
    expect(a.metrics.reach.p95 as number).toBeLessThanOrEqual(200_000 + 3 * 20_000);
  });

  it('reports the chance of going over budget: 1 below the fixed costs, 0 far above', () => {
    // Fixed costs: 40 gifts × €30 = 1,200 and 5 × €300 = 1,500, so 2,700 is spent whatever happens.
    const base = nicheScenario();
    const uncertain = { ...base, lineItems: base.lineItems.map((li) => ({ ...li, ...ranges })) };
    expect(runMonteCarlo({ ...uncertain, budget: 2_000 }, { trials: 1_000 }).probabilityOverBudget).toBe(1);
    expect(runMonteCarlo({ ...uncertain, budget: 1e9 }, { trials: 1_000 }).probabilityOverBudget).toBe(0);
    const { budget: _b, ...noBudget } = uncertain;
    expect(runMonteCarlo(noBudget, { trials: 100 }).probabilityOverBudget).toBeNull();
    const between = runMonteCarlo({ ...uncertain, budget: projectPoint(uncertain).totals.cost }, { trials: 2_000 }).probabilityOverBudget as number;
    expect(between).toBeGreaterThan(0.05);
    expect(between).toBeLessThan(0.95);
  });
});

describe('large groups in an audience', () => {
  it('the group-sum approximation stays within 2% of exact per-creator sampling with overlap', { timeout: 60_000 }, () => {
    // φ needs only each group's sampled reach, which the approximation draws with the group sum.
    // An audience as large as the group's gross reach saturates it to about 1 − e⁻¹ ≈ 0.63.
    const plain = groupScenario({ creators: 300, rhoC: 0.5 });
    expect(planLineItem(plain.lineItems[0]!, 0, plain, false).method).toBe('sum');
    const size = Math.round(projectPoint(plain).lineItems[0]!.reach);
    const s = { ...plain, audiences: [{ id: 'a', size }], lineItems: plain.lineItems.map((li) => ({ ...li, audience: 'a' })) };
    expect(projectPoint(s).audiences[0]!.saturation).toBeCloseTo(1 - Math.exp(-1), 2);
    const approx = runMonteCarlo(s, { trials: 100_000, keepSamples: true });
    const exact = runMonteCarlo(s, { trials: 10_000, groupSums: 'exact', keepSamples: true });
    for (const metric of ['conversions', 'profit'] as const) {
      const a = approx.metrics[metric] as Required<{ [K in keyof Summary]: number }>;
      const e = exact.metrics[metric] as Required<{ [K in keyof Summary]: number }>;
      const se = Math.sqrt(meanAndSd(approx.samples![metric]).sd ** 2 / 100_000 + e.sd ** 2 / 10_000);
      expect(Math.abs(a.mean - e.mean), `${metric} mean`).toBeLessThan(4 * se);
      for (const k of ['sd', 'p5', 'p95'] as const) expect(Math.abs(a[k] / e[k] - 1), `${metric} ${k}`).toBeLessThan(0.02);
    }
  });
});
