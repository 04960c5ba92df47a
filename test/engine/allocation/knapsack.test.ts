import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { solveKnapsack, type KnapsackItem } from '../../../src/engine/allocation/knapsack';
import { everyAllocation } from './fixtures';

/** Random line items: rising costs, values that rise, fall or wiggle (sampled means are not linear). */
const item = fc
  .record({ options: fc.integer({ min: 1, max: 6 }), unit: fc.double({ min: 1, max: 50, noNaN: true }), values: fc.array(fc.double({ min: -40, max: 100, noNaN: true }), { minLength: 6, maxLength: 6 }), side: fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: 6, maxLength: 6 }) })
  .map(({ options, unit, values, side }): KnapsackItem => {
    const w = Float64Array.from({ length: options + 1 }, (_, k) => k * unit);
    const v = Float64Array.from({ length: options + 1 }, (_, k) => (k === 0 ? 0 : v0(values, k)));
    const a = Float64Array.from({ length: options + 1 }, (_, k) => (k === 0 ? 0 : (side[k - 1] as number) * k));
    return { w, v, a, r: a.map((x) => -x) };
  });
function v0(values: number[], k: number): number {
  return values.slice(0, k).reduce((s, x) => s + x, 0);
}

describe('the knapsack solver', () => {
  it('finds the exhaustive optimum, with and without side constraints', () => {
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 4 }), fc.double({ min: 0, max: 200, noNaN: true }), fc.boolean(), (items, capacity, sides) => {
        const aMax = sides ? 2 : null;
        const rMin = sides ? -3 : null;
        const problem = { items: items.map((x) => (sides ? x : { ...x, a: null, r: null })), capacity, aMax, rMin };
        let best = -Infinity;
        for (const choice of everyAllocation(items.map((x) => ({ min: 0, max: x.w.length - 1 })))) {
          const sum = (f: (x: KnapsackItem, k: number) => number) => choice.reduce((s, k, i) => s + f(items[i] as KnapsackItem, k), 0);
          if (sum((x, k) => x.w[k] as number) > capacity) continue;
          if (aMax !== null && sum((x, k) => x.a![k] as number) > aMax) continue;
          if (rMin !== null && sum((x, k) => x.r![k] as number) < rMin) continue;
          best = Math.max(best, sum((x, k) => x.v[k] as number));
        }
        const solved = solveKnapsack(problem);
        if (best === -Infinity) expect(solved.status).toBe('infeasible');
        else {
          expect(solved.status).toBe('optimal');
          if (solved.status === 'optimal') expect(solved.value).toBeCloseTo(best, 9);
        }
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it('says so when it stops at its node limit', () => {
    const flat = (): KnapsackItem => ({ w: Float64Array.from({ length: 30 }, (_, k) => k * 1.01), v: Float64Array.from({ length: 30 }, (_, k) => k), a: null, r: null });
    expect(solveKnapsack({ items: Array.from({ length: 8 }, flat), capacity: 100.5, aMax: null, rMin: null }, 50).status).toBe('limit');
  });
});
