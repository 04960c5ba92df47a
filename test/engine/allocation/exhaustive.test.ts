import { describe, expect, it } from 'vitest';
import { allocate, allocatedScenario } from '../../../src/engine/allocation/task';
import { Judge } from '../../../src/engine/allocation/judge';
import { resolveSettings, type AllocationOverrides } from '../../../src/engine/allocation/settings';
import type { AllocationResult } from '../../../src/engine/allocation/types';
import { rateLogNormal } from '../../../src/engine/distributions';
import { projectPoint } from '../../../src/engine/point';
import type { Scenario } from '../../../src/engine/schema';
import { unitEconomics } from '../../../src/engine/unitEconomics';
import { allocationScenario, everyAllocation, type ItemOptions } from './fixtures';

function allocated(s: Scenario, overrides: AllocationOverrides = {}): AllocationResult {
  const out = allocate(s, overrides);
  if (!out.ok) throw new Error(out.reason);
  return out.result;
}

/**
 * Every allocation within the bounds, judged on the same trials as the allocator (its own
 * evaluation, which test/engine/allocation/agreement.test.ts holds to runMonteCarlo), and kept when
 * its typical-case cost (projectPoint, not the allocator's shortcut) fits the budget and its limits hold.
 */
function exhaustiveBest(s: Scenario, overrides: AllocationOverrides = {}): { counts: number[]; objective: number } {
  const resolved = resolveSettings(s, overrides);
  if (!resolved.ok) throw new Error('no budget');
  const bounds = s.lineItems.map((item) => ({ min: item.minCreators ?? 0, max: item.maxCreators as number }));
  const judge = new Judge(s, resolved.settings, bounds.map((b) => b.min));
  let best: { counts: number[]; objective: number } | null = null;
  for (const counts of everyAllocation(bounds)) {
    if (projectPoint(allocatedScenario(s, counts, resolved.settings.budget)).totals.cost > resolved.settings.budget) continue;
    judge.moveTo(counts);
    const j = judge.judge();
    if (j.violation > 0) continue;
    if (!best || j.objective > best.objective) best = { counts, objective: j.objective };
  }
  if (!best) throw new Error('nothing fits');
  return best;
}

const constant: ItemOptions[] = [
  { id: 'nano', followers: 8000, fee: 30, max: 7 },
  { id: 'micro', followers: 40000, fee: 170, min: 1, max: 6 },
  { id: 'macro', followers: 250000, fee: 1150, max: 3 },
];

describe('constant returns: the exact knapsack', () => {
  it('equals the exhaustive optimum, expected profit, with the budget binding', () => {
    const s = allocationScenario(constant, { budget: 5000 });
    const r = allocated(s);
    const best = exhaustiveBest(s);
    expect(r.status).toBe('optimal');
    expect(r.allocation.map((a) => a.creators)).toEqual(best.counts);
    expect(r.objective.value).toBeCloseTo(best.objective, 6);
    expect(r.binding).toContain('budget');
  });

  it('equals the exhaustive optimum of conversions under a CPA limit and a reach floor', () => {
    const overrides = { objective: 'conversions' as const, maxCpa: 65, minReach: 80_000 };
    const s = allocationScenario(constant, { budget: 6000 });
    const r = allocated(s, overrides);
    const best = exhaustiveBest(s, overrides);
    expect(r.status).toBe('optimal');
    expect(r.objective.value).toBeCloseTo(best.objective, 6);
  });
});

describe('diminishing returns: the search', () => {
  const shared: ItemOptions[] = [
    { id: 'nano', followers: 8000, fee: 25, max: 8, audience: 'fans' },
    { id: 'micro', followers: 40000, fee: 150, max: 6, audience: 'fans' },
    { id: 'macro', followers: 250000, fee: 900, max: 3, audience: 'fans' },
    { id: 'other', followers: 30000, fee: 140, max: 4 },
  ];
  const audiences = [{ id: 'fans', size: 400_000 }];

  // Narrow ranges and no overheads keep the P5 of profit above 0, where a share of it means something.
  const narrow = { reach: { low: 0.2, high: 0.3 }, click: { low: 0.01, high: 0.014 }, conversion: { low: 0.05, high: 0.07 } };
  for (const objective of ['expectedProfit', 'conversions', 'profitP5'] as const) {
    it(`reaches at least 99.5% of the exhaustive optimum of ${objective}, overlap per trial`, () => {
      const s =
        objective === 'profitP5'
          ? allocationScenario(shared.map((item) => ({ ...item, ...narrow })), { budget: 6000, audiences, overheads: 0 })
          : allocationScenario(shared, { budget: 6000, audiences });
      const r = allocated(s, { objective });
      const best = exhaustiveBest(s, { objective });
      expect(best.objective).toBeGreaterThan(0);
      expect(r.status).toBe('best-found');
      expect(r.objective.value).toBeGreaterThanOrEqual(0.995 * best.objective);
    });
  }
});

describe('ranges and the expected-profit objective', () => {
  /** E[profit] of a line item per creator: E[conversions] = P·F·Π E[rate], E[rate] = e^(μ + σ²/2) (caps do not bind here). */
  function analyticProfitPerCreator(s: Scenario, i: number): number {
    const item = s.lineItems[i]!;
    const mean = (rate: typeof item.reachRate) => {
      const { mu, sigma } = rateLogNormal(rate);
      return Math.exp(mu + (sigma * sigma) / 2);
    };
    const conversions = item.posts * item.followers * mean(item.reachRate) * mean(item.clickRate) * mean(item.conversionRate);
    const econ = unitEconomics({ ...item, creators: 1 }, s.economics);
    return conversions * (econ.grossProfitPerConversion - econ.payoutPerConversion) - econ.fixedFees - econ.gifts;
  }

  it('chooses an allocation whose analytic mean is at least 99% of the best', () => {
    const s = allocationScenario(constant, { budget: 5000, trials: 4000, seed: 11 });
    const analytic = (counts: number[]) => counts.reduce((sum, c, i) => sum + c * analyticProfitPerCreator(s, i), 0) - 1500;
    let best = -Infinity;
    for (const counts of everyAllocation(s.lineItems.map((item) => ({ min: item.minCreators ?? 0, max: item.maxCreators as number })))) {
      if (projectPoint(allocatedScenario(s, counts, 5000)).totals.cost <= 5000) best = Math.max(best, analytic(counts));
    }
    const r = allocated(s);
    expect(best).toBeGreaterThan(0);
    expect(analytic(r.allocation.map((a) => a.creators))).toBeGreaterThanOrEqual(0.99 * best);
  });
});
