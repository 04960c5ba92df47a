import { describe, expect, it } from 'vitest';
import { MAIN } from '../../../src/engine/allocation/frontier';
import type { AllocationOverrides } from '../../../src/engine/allocation/settings';
import { allocate, completeAllocation, startAllocationDraft, startGrowth } from '../../../src/engine/allocation/task';
import { allocationScenario, type ItemOptions } from './fixtures';

const run = <R>(task: { step(): boolean; result(): R }): R => {
  while (!task.step());
  return task.result();
};

/** Three groups in one audience: the search path, whose points above the budget are grown apart. */
const items: ItemOptions[] = [
  { id: 'solo', followers: 400000, fee: 1500, max: 2, audience: 'fans' },
  { id: 'small', followers: 20000, fee: 90, max: 12, audience: 'fans' },
  { id: 'wide', followers: 6000, fee: 12, max: 90, audience: 'fans', reach: { low: 0.05, high: 0.6 } },
];
const scenario = allocationScenario(items, { budget: 6000, trials: 600, audiences: [{ id: 'fans', size: 300_000 }] });

describe('the frontier above the budget, grown apart (grow.ts)', () => {
  const cases: [string, AllocationOverrides][] = [
    ['mean profit', {}],
    ['profit P5 with a loss limit', { objective: 'profitP5', maxLossProbability: 0.3 }],
    ['the P95 budget rule', { budgetRule: 'p95' }],
  ];
  for (const [name, overrides] of cases) {
    it(`${name}: the draft stops at the budget, and with the growth from its offer it is exactly allocate()`, () => {
      const draft = run(startAllocationDraft(scenario, overrides));
      expect(draft.grow).not.toBeNull();
      expect(draft.outcome.ok && draft.outcome.result.frontier.map((p) => p.budget)).toEqual([600, 1200, 1800, 2400, 3000, 3600, 4200, 4800, 5400, 6000]);
      // The offer is the budget's allocation as it stands in the draft.
      expect(draft.outcome.ok && draft.outcome.result.allocation.map((a) => a.creators)).toEqual(draft.grow!.counts);
      const growth = startGrowth(scenario, overrides, draft.grow!);
      const above = run(growth);
      expect(above).toHaveLength(10);
      expect(growth.progress).toBe(1);
      expect(completeAllocation(draft, above)).toEqual(allocate(scenario, overrides));
    });
  }

  it('streams its points upwards, each above the budget only, as they are set', () => {
    const draft = run(startAllocationDraft(scenario));
    const growth = startGrowth(scenario, {}, draft.grow!);
    const seen: number[] = [];
    while (!growth.step()) {
      const partial = growth.takePartial();
      if (partial) seen.push(partial.points.filter((p) => p !== null).length);
      if (partial) expect(partial.points.slice(0, MAIN + 1).every((p) => p === null)).toBe(true);
    }
    expect(seen.every((n, i) => i === 0 || n >= (seen[i - 1] as number))).toBe(true);
    expect(growth.takePartial()?.points.filter((p) => p !== null)).toHaveLength(10);
  });

  it('a draft without an offer (the exact path, or no budget) is whole already', () => {
    const constant = allocationScenario(items.map(({ audience: _none, ...item }) => item), { budget: 6000, trials: 600 });
    const draft = run(startAllocationDraft(constant));
    expect(draft.grow).toBeNull();
    expect(completeAllocation(draft, null)).toEqual(allocate(constant));
    const { budget: _b, ...noBudget } = constant;
    expect(run(startAllocationDraft(noBudget))).toEqual({ outcome: { ok: false, reason: 'noBudget' }, grow: null });
    expect(() => startGrowth(noBudget, {}, { counts: [0, 0, 0], baseCost: 0 })).toThrow(/budget/);
  });
});
