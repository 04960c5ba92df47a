import { describe, expect, it } from 'vitest';
import { Judge } from '../../../src/engine/allocation/judge';
import { resolveSettings } from '../../../src/engine/allocation/settings';
import { allocate, allocatedScenario } from '../../../src/engine/allocation/task';
import { runMonteCarlo } from '../../../src/engine/monteCarlo';
import { planLineItem } from '../../../src/engine/montecarlo/plan';
import { allocationScenario, type ItemOptions } from './fixtures';

/**
 * The allocator judges candidates on its own bookkeeping of the trials (one line item at a time,
 * overlap per trial); these tests hold that bookkeeping to runMonteCarlo on the allocated scenario,
 * for every sampler a line item can get at its count: one creator, exact, group sums with a tail split.
 */
const items: ItemOptions[] = [
  { id: 'solo', followers: 400000, fee: 1500, max: 2, audience: 'fans' },
  { id: 'small', followers: 20000, fee: 90, max: 12, audience: 'fans' },
  { id: 'wide', followers: 6000, fee: 12, max: 90, audience: 'fans', reach: { low: 0.05, high: 0.6 }, conversion: { low: 0.01, high: 0.1 } },
  { id: 'apart', followers: 30000, fee: 120, max: 8 },
];
const scenario = allocationScenario(items, { budget: 9000, trials: 3000, audiences: [{ id: 'fans', size: 300_000 }] });
const relative = (a: number, b: number) => Math.abs(a - b) / Math.max(1, Math.abs(b));

describe('the allocator’s trials are runMonteCarlo’s', () => {
  it('at counts reached up and down, one line item at a time, with every sampler', () => {
    const resolved = resolveSettings(scenario);
    if (!resolved.ok) throw new Error('budget');
    const judge = new Judge(scenario, { ...resolved.settings, objective: 'profitP5' }, [0, 0, 0, 0]);
    const methods = new Set<string>();
    for (const counts of [[1, 5, 40, 3], [2, 9, 80, 3], [1, 3, 17, 8], [0, 12, 90, 0]]) {
      judge.moveTo(counts);
      const j = judge.judge();
      const s = allocatedScenario(scenario, counts, 9000);
      s.lineItems.forEach((item, i) => methods.add(planLineItem(item, i, s, false).method + (planLineItem(item, i, s, false).tail ? '+tail' : '')));
      const mc = runMonteCarlo(s);
      expect(relative(j.stats.profit, mc.metrics.profit.mean as number)).toBeLessThan(1e-9);
      expect(relative(j.stats.cost, mc.metrics.cost.mean as number)).toBeLessThan(1e-9);
      expect(relative(j.stats.conversions, mc.metrics.conversions.mean as number)).toBeLessThan(1e-9);
      expect(relative(j.stats.reach, mc.metrics.reach.mean as number)).toBeLessThan(1e-9);
      expect(relative(j.stats.profitP5, mc.metrics.profit.p5 as number)).toBeLessThan(1e-9);
      expect(j.stats.probabilityOfLoss).toBe(mc.probabilityOfLoss);
    }
    expect([...methods].sort()).toEqual(['exact', 'none', 'one', 'sum+tail']);
  });

  it('in the result and the frontier', () => {
    const out = allocate(scenario, { objective: 'profitP5' });
    if (!out.ok) throw new Error('budget');
    const r = out.result;
    const mc = runMonteCarlo(r.scenario);
    expect(r.result.monteCarlo).toEqual(mc);
    expect(r.objective.value).toBe(mc.metrics.profit.p5);
    const main = r.frontier[9]!;
    expect(main.creators).toEqual(r.allocation.map((a) => a.creators));
    expect(relative(main.objective, mc.metrics.profit.p5 as number)).toBeLessThan(1e-9);
    expect(relative(main.profit.p50, mc.metrics.profit.p50 as number)).toBeLessThan(1e-9);
    expect(relative(main.profit.p95, mc.metrics.profit.p95 as number)).toBeLessThan(1e-9);
    expect(main.probabilityOfLoss).toBe(mc.probabilityOfLoss);
  });
});
