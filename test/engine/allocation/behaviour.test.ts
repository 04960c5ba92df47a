import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocate, startAllocation } from '../../../src/engine/allocation/task';
import type { AllocationOverrides } from '../../../src/engine/allocation/settings';
import type { AllocationResult } from '../../../src/engine/allocation/types';
import { runMonteCarlo } from '../../../src/engine/monteCarlo';
import { projectPoint } from '../../../src/engine/point';
import { buildScenario, lineItemInput } from '../../fixtures/scenario';
import { allocationScenario, type ItemOptions } from './fixtures';

function allocated(...args: Parameters<typeof allocate>): AllocationResult {
  const out = allocate(...args);
  if (!out.ok) throw new Error(out.reason);
  return out.result;
}

describe('a loss limit', () => {
  // Two kinds at the same fee: steady ones earn a little for sure, risky ones more on average with a long tail both ways.
  const items: ItemOptions[] = [
    { id: 'steady', followers: 30000, fee: 150, max: 10, reach: { low: 0.2, high: 0.3 }, click: { low: 0.008, high: 0.012 }, conversion: { low: 0.05, high: 0.07 } },
    { id: 'risky', followers: 30000, fee: 150, max: 10, reach: { low: 0.05, high: 0.8 }, click: { low: 0.002, high: 0.03 }, conversion: { low: 0.01, high: 0.2 } },
  ];
  const s = allocationScenario(items, { budget: 4000, trials: 4000, overheads: 800 });

  it('is honoured when the chosen allocation is simulated again, and changes the choice', () => {
    const free = allocated(s);
    expect(free.result.monteCarlo.probabilityOfLoss).toBeGreaterThan(0.4);
    for (const limit of [0.3, 0.2, 0.1]) {
      const r = allocated(s, { maxLossProbability: limit });
      expect(r.status).toBe('best-found');
      expect(runMonteCarlo(r.scenario).probabilityOfLoss).toBeLessThanOrEqual(limit);
      expect(r.allocation[0]!.creators).toBeGreaterThan(free.allocation[0]!.creators);
    }
  });

  it('that nothing meets is infeasible, names the limit and reports the closest allocation', () => {
    const r = allocated(s, { maxLossProbability: 0.001 });
    expect(r.status).toBe('infeasible');
    expect(r.binding).toEqual(['maxLossProbability']);
    const closest = runMonteCarlo(r.scenario).probabilityOfLoss;
    expect(closest).toBeLessThan(0.05);
    expect(closest).toBeGreaterThan(0.001);
  });
});

describe('commitments and budgets', () => {
  const items: ItemOptions[] = [
    { id: 'micro', followers: 40000, fee: 170, min: 4, max: 10 },
    { id: 'macro', followers: 250000, fee: 1150, min: 1, max: 3 },
  ];

  it('minimums that cost more than the budget: infeasible, budget binding, the minimums as the closest allocation', () => {
    // The minimums: 4 × 2 posts × 170 + 1 × 2 × 1150 = 3,660 in fees, plus commission and 1,500 of overheads, far over 3,000.
    const r = allocated(allocationScenario(items, { budget: 3000 }));
    expect(r.status).toBe('infeasible');
    expect(r.binding).toContain('budget');
    expect(r.allocation.map((a) => a.creators)).toEqual([4, 1]);
    expect(r.frontier.every((p) => p.status === 'infeasible' || p.budget > 5000)).toBe(true);
    expect(r.frontier[0]!.creators).toEqual([4, 1]);
  });

  it('minimums that spend the budget to a rounding error are within it, as the Monte Carlo counts money to the cent', () => {
    // Fees of 0.1 and 0.2 (one creator, one post each) add up to 0.30000000000000004 in floating
    // point: over a budget of 0.3 by the exact test, which called this allocation infeasible.
    const scenario = buildScenario({
      budget: 0.3,
      lineItems: [
        lineItemInput({ id: 'a', payment: { model: 'fixed', feePerPost: 0.1 }, minCreators: 1, maxCreators: 1 }),
        lineItemInput({ id: 'b', payment: { model: 'fixed', feePerPost: 0.2 }, minCreators: 1, maxCreators: 1 }),
      ],
    });
    expect(projectPoint(scenario).totals.cost).toBeGreaterThan(0.3);
    const r = allocated(scenario);
    // Constant returns and the typical-case rule: the exact knapsack, which now finds the minimums fit.
    expect(r.status).toBe('optimal');
    expect(r.allocation.map((a) => a.creators)).toEqual([1, 1]);
  });

  it('a scenario without a budget is refused', () => {
    const s = allocationScenario(items);
    expect(allocate(s)).toEqual({ ok: false, reason: 'noBudget' });
    expect(allocated(s, { budget: 9000 }).settings.budget).toBe(9000);
  });

  it('the same seed gives the same allocation and frontier; the scenario’s own settings apply', () => {
    const s = allocationScenario(items, { budget: 9000, audiences: [{ id: 'a', size: 200_000 }], allocation: { objective: 'conversions' } });
    const a = allocated(s);
    const b = allocated(s);
    expect(a.settings.objective).toBe('conversions');
    expect(b.allocation).toEqual(a.allocation);
    expect(b.frontier).toEqual(a.frontier);
    expect(b.objective).toEqual(a.objective);
  });
});

describe('bounds', () => {
  const item = fc.record({
    followers: fc.integer({ min: 2000, max: 300_000 }),
    fee: fc.integer({ min: 5, max: 2000 }),
    min: fc.integer({ min: 0, max: 3 }),
    span: fc.integer({ min: 0, max: 12 }),
    shared: fc.boolean(),
  });
  const settings = fc.record({
    objective: fc.constantFrom('expectedProfit', 'profitP5', 'conversions', 'reach'),
    budgetRule: fc.constantFrom('typical', 'p95'),
    budget: fc.integer({ min: 500, max: 30_000 }),
  });

  it('are never crossed, and every feasible point fits its budget', () => {
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 4 }), settings, (items, o) => {
        const s = allocationScenario(
          items.map((x, i) => ({ id: `li${i}`, followers: x.followers, fee: x.fee, min: x.min, max: x.min + x.span, ...(x.shared ? { audience: 'a' } : {}) })),
          { budget: o.budget, trials: 300, audiences: [{ id: 'a', size: 500_000 }] },
        );
        const r = allocated(s, o as AllocationOverrides);
        for (const points of [[{ creators: r.allocation.map((a) => a.creators), status: r.status, cost: r.result.point.totals.cost, budget: o.budget }], r.frontier]) {
          for (const p of points) {
            p.creators.forEach((c, i) => {
              expect(c).toBeGreaterThanOrEqual(s.lineItems[i]!.minCreators!);
              expect(c).toBeLessThanOrEqual(s.lineItems[i]!.maxCreators!);
            });
          }
        }
        for (const p of r.frontier) if (p.status !== 'infeasible') expect(p.cost).toBeLessThanOrEqual(p.budget);
        if (r.status !== 'infeasible' && o.budgetRule === 'typical') expect(r.result.point.totals.budgetLeft).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 25, seed: 42 },
    );
  });
});

describe('marginal values and what binds, by hand', () => {
  // Known rates, so every trial is the typical case: one creator makes 10,000 × 0.2 = 2,000 impressions,
  // 20 clicks and 1 order of 100 at a margin of 0.5, i.e. 50 of gross profit, for a fee of 40: 10 profit.
  // With a budget of 100 and no overheads, two creators (cost 80) fit and a third (120) does not.
  const s = buildScenario({
    budget: 100,
    lineItems: [lineItemInput({ id: 'one', followers: 10_000, reachRate: 0.2, clickRate: 0.01, conversionRate: 0.05, payment: { model: 'fixed', feePerPost: 40 }, minCreators: 0, maxCreators: 10 })],
    simulation: { trials: 50, seed: 1, creatorCorrelation: 0.5, campaignCorrelation: 0.3 },
  });

  it('are the objective change per unit of cost of one creator more and one fewer', () => {
    expect(projectPoint(s).totals.profit).toBeCloseTo(10, 9);
    const r = allocated(s);
    expect(r.status).toBe('optimal');
    expect(r.allocation).toEqual([{ id: 'one', creators: 2, was: 1, min: 0, max: 10 }]);
    expect(r.objective.value).toBeCloseTo(20, 9);
    // +1: profit 30 − 20 over cost 120 − 80; −1: profit 10 − 20 over the 40 it saves.
    expect(r.marginal[0]!.addOne).toBeCloseTo(0.25, 12);
    expect(r.marginal[0]!.removeOne).toBeCloseTo(-0.25, 12);
    expect(r.binding).toEqual(['budget']);
  });

  it('name maxCreators where the bound, not the budget, stops another creator', () => {
    const capped = { ...s, lineItems: [{ ...s.lineItems[0]!, maxCreators: 1 }] };
    const r = allocated(capped);
    expect(r.allocation[0]!.creators).toBe(1);
    expect(r.binding).toEqual(['maxCreators:one']);
  });
});

describe('the reported objective, by hand', () => {
  // Known rates: one creator makes 10,000 × 0.2 × 0.01 = 20 clicks and 2 orders of 100 (200 of
  // revenue, 100 of gross profit at a margin of 0.5), and costs its fee of 40 and a 10% commission
  // of 20. Overheads of 150 count in the cost: 150 + 60c ≤ 500 allows 5 creators, whose profit is
  // 5 × (100 − 60) − 150 = 50. Revenue (1,000), profit before overheads (200) or a sum over the
  // 50 trials (2,500) would each be another number.
  const s = buildScenario({
    budget: 500,
    overheads: [{ label: 'Production', amount: 150 }],
    lineItems: [lineItemInput({ id: 'one', followers: 10_000, reachRate: 0.2, clickRate: 0.01, conversionRate: 0.1, payment: { model: 'hybrid', feePerPost: 40, commissionRate: 0.1 }, minCreators: 0, maxCreators: 10 })],
    simulation: { trials: 50, seed: 1, creatorCorrelation: 0.5, campaignCorrelation: 0.3 },
  });

  it('is the mean profit of the allocated scenario, overheads, fees and commission included', () => {
    const r = allocated(s);
    expect(r.allocation[0]!.creators).toBe(5);
    expect(r.result.point.totals.cost).toBeCloseTo(450, 9);
    expect(r.objective.value).toBeCloseTo(50, 9);
    expect(r.objective.value).toBe(runMonteCarlo(r.scenario).metrics.profit.mean);
    expect(r.frontier[9]!.objective).toBeCloseTo(50, 9);
  });
});

describe('the task', () => {
  it('runs in bounded steps with rising progress to the same result as allocate', () => {
    const s = allocationScenario([{ id: 'a', followers: 30000, fee: 150, max: 6, audience: 'x' }, { id: 'b', followers: 8000, fee: 30, max: 9, audience: 'x' }], { budget: 3000, trials: 10_000, audiences: [{ id: 'x', size: 100_000 }] });
    const task = startAllocation(s);
    let steps = 0;
    let last = 0;
    while (!task.step()) {
      steps++;
      expect(task.progress).toBeGreaterThanOrEqual(last);
      last = task.progress;
    }
    expect(steps).toBeGreaterThan(3);
    expect(task.progress).toBe(1);
    expect(task.result()).toEqual(allocate(s));
  });
});
