import { describe, expect, it } from 'vitest';
import { Judge } from '../../../src/engine/allocation/judge';
import { resolveSettings } from '../../../src/engine/allocation/settings';
import { allocate, allocatedScenario } from '../../../src/engine/allocation/task';
import { runMonteCarlo } from '../../../src/engine/monteCarlo';
import type { Scenario } from '../../../src/engine/schema';
import { allocationScenario } from './fixtures';

/**
 * The allocator prices tiers, a bonus and a cap per creator as runMonteCarlo does (allocation/terms.ts):
 * its judged figures of an allocation are the Monte Carlo's of the same counts. A creator sells
 * about 0.036 · followers in the median (2 posts, reach 0.22, clicks 0.01, conversions 0.055, AOV 150),
 * so at 20,000 followers about 730: the tier at 500, the bonus at 900 and the cap at 110 all bite
 * for some creators in some trials.
 */
const withTerms = (scenario: Scenario): Scenario => ({
  ...scenario,
  lineItems: scenario.lineItems.map((item) =>
    item.id === 'tiered'
      ? { ...item, payment: { ...item.payment, commissionTiers: [{ from: 500, rate: 0.2 }], bonus: { metric: 'sales', threshold: 900, amount: 60 }, payoutCap: 110 } }
      : item,
  ),
});
const scenario = withTerms(
  allocationScenario(
    [
      { id: 'tiered', followers: 20000, fee: 60, max: 14 },
      { id: 'plain', followers: 30000, fee: 120, max: 8 },
      { id: 'fans', followers: 20000, fee: 90, max: 12, audience: 'fans' },
    ],
    { budget: 9000, trials: 2000, audiences: [{ id: 'fans', size: 300_000 }] },
  ),
);
const relative = (a: number, b: number) => Math.abs(a - b) / Math.max(1, Math.abs(b));

describe('the allocator prices payout terms as the Monte Carlo does', () => {
  it('at counts reached up and down', () => {
    const resolved = resolveSettings(scenario);
    if (!resolved.ok) throw new Error('budget');
    const judge = new Judge(scenario, { ...resolved.settings, objective: 'profitP5' }, [0, 0, 0]);
    let priced = 0;
    for (const counts of [[1, 2, 3], [6, 2, 3], [14, 0, 5], [5, 8, 12], [0, 3, 1]]) {
      judge.moveTo(counts);
      const j = judge.judge();
      const mc = runMonteCarlo(allocatedScenario(scenario, counts, 9000));
      if ((mc.lineItemTerms?.[0]?.capSavings ?? 0) > 0) priced++;
      expect(relative(j.stats.profit, mc.metrics.profit.mean as number)).toBeLessThan(1e-9);
      expect(relative(j.stats.cost, mc.metrics.cost.mean as number)).toBeLessThan(1e-9);
      expect(relative(j.stats.profitP5, mc.metrics.profit.p5 as number)).toBeLessThan(1e-9);
      expect(j.stats.probabilityOfLoss).toBe(mc.probabilityOfLoss);
    }
    // The cap bound in the allocations with creators in the tiered line item.
    expect(priced).toBe(4);
  });

  it('reports the Monte Carlo of the allocation it chose', () => {
    const out = allocate(scenario, { objective: 'profitP5' });
    if (!out.ok) throw new Error('budget');
    const mc = runMonteCarlo(out.result.scenario);
    expect(out.result.result.monteCarlo).toEqual(mc);
    expect(relative(out.result.objective.value, mc.metrics.profit.p5 as number)).toBeLessThan(1e-9);
    // Each point of the frontier is judged on the same trials: its profit percentiles are its Monte Carlo's.
    for (const point of out.result.frontier.filter((_, k) => k % 5 === 4)) {
      const own = runMonteCarlo(allocatedScenario(scenario, point.creators, point.budget));
      expect(relative(point.profit.p50, own.metrics.profit.p50 as number)).toBeLessThan(1e-9);
      expect(relative(point.objective, own.metrics.profit.p5 as number)).toBeLessThan(1e-9);
    }
  });
});
