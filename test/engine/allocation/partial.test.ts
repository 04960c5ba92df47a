import { describe, expect, it } from 'vitest';
import { allocationScenario } from '../../../bench/allocation';
import { startAllocation } from '../../../src/engine/allocation/task';
import type { FrontierSoFar } from '../../../src/engine/allocation/types';

/** Steps a task to the end, taking its partial after every step, as the worker's host does between slices. */
function run(scenario: ReturnType<typeof allocationScenario>) {
  const task = startAllocation(scenario);
  const partials: FrontierSoFar[] = [];
  for (;;) {
    const done = task.step();
    const partial = task.takePartial();
    if (partial) partials.push(partial);
    if (done) break;
  }
  const out = task.result();
  if (!out.ok) throw new Error(out.reason);
  return { partials, result: out.result };
}

describe('the frontier so far (a running allocation’s partials)', () => {
  const { partials, result } = run(allocationScenario(true, 2000));
  it('finds the budget itself first, then the budgets below it downwards, then those above it upwards', () => {
    // Several points may be found between two takes: each partial holds the first so many of this order.
    const order = [9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19];
    expect(partials.length).toBeGreaterThan(5);
    for (const p of partials) {
      const found = p.points.flatMap((point, k) => (point ? [k] : []));
      expect(found.sort((a, b) => a - b)).toEqual(order.slice(0, found.length).sort((a, b) => a - b));
    }
    expect(partials[0]?.points.filter(Boolean)).toHaveLength(1);
  });

  it('ends at the result’s frontier: the latest figures of every budget are the final ones', () => {
    expect(partials.at(-1)?.points).toEqual(result.frontier);
  });

  it('gives a partial only when a point changed, and a copy that later finds leave alone', () => {
    const task = startAllocation(allocationScenario(true, 2000));
    task.step();
    expect(task.takePartial()).toBeNull();
    let first: FrontierSoFar | null = null;
    while (!first && !task.step()) first = task.takePartial();
    const taken = structuredClone(first);
    while (!task.step());
    expect(first).toEqual(taken);
  });

  it('leaves the allocation as it was: the same result as without anyone taking partials', () => {
    const task = startAllocation(allocationScenario(true, 2000));
    while (!task.step());
    const out = task.result();
    expect(out.ok && out.result.frontier).toEqual(result.frontier);
    expect(out.ok && out.result.allocation).toEqual(result.allocation);
  });
});
