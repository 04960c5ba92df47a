import { describe, expect, it } from 'vitest';
import { comparisonRows, probabilityBeats } from '../../src/engine/compare';
import { runMonteCarlo } from '../../src/engine/monteCarlo';
import { projectPoint } from '../../src/engine/point';
import { handScenario } from './fixtures';

describe('probabilityBeats', () => {
  it('counts strict wins trial by trial', () => {
    expect(probabilityBeats(new Float64Array([1, 2, 3, 4]), new Float64Array([0, 2, 5, 1]))).toBe(0.5);
    expect(probabilityBeats(new Float64Array([1]), new Float64Array([1, 2]))).toBeNull();
  });

  it('with common random numbers, an identical copy never beats the original and has the same distribution', () => {
    const original = handScenario({ reachRate: { low: 0.1, high: 0.4 }, conversionRate: { low: 0.01, high: 0.09 } }, {
      simulation: { trials: 2000, seed: 7, creatorCorrelation: 0.5, campaignCorrelation: 0.3 },
    });
    const copy = { ...structuredClone(original), name: 'Copy' };
    const a = runMonteCarlo(original, { keepSamples: true });
    const b = runMonteCarlo(copy, { keepSamples: true });
    expect(probabilityBeats(b.samples!.profit, a.samples!.profit)).toBe(0);
    expect(b.metrics).toEqual(a.metrics);
    // A copy with a lower fee wins every trial: the draws are shared, only the fee differs.
    const cheaper = { ...copy, lineItems: [{ ...copy.lineItems[0]!, payment: { model: 'fixed' as const, feePerPost: 50 } }] };
    expect(probabilityBeats(runMonteCarlo(cheaper, { keepSamples: true }).samples!.profit, a.samples!.profit)).toBe(1);
  });
});

describe('comparisonRows', () => {
  it('gives deltas against the baseline and marks the best value per row', () => {
    // Baseline: fee €100, profit €200 (6 orders · €50 − 100). Other: fee €150, profit €150.
    const base = projectPoint(handScenario());
    const dearer = projectPoint(handScenario({ payment: { model: 'fixed', feePerPost: 150 } }));
    const rows = Object.fromEntries(comparisonRows([base, dearer], 0).map((r) => [r.key, r]));
    expect(rows.profit!.cells.map((c) => c.value)).toEqual([200, 150]);
    expect(rows.profit!.cells[1]).toMatchObject({ delta: -50, deltaShare: -0.25, best: false });
    expect(rows.profit!.cells[0]).toMatchObject({ delta: null, best: true });
    expect(rows.cost!.cells.map((c) => c.best)).toEqual([true, false]);
    // No leads in either: CPL undefined everywhere, no best and no delta.
    expect(rows.cpl!.cells).toEqual([
      { value: null, delta: null, deltaShare: null, best: false },
      { value: null, delta: null, deltaShare: null, best: false },
    ]);
  });
});
