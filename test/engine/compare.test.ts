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

describe('comparisonRows: budget, overlap and frequency (v2)', () => {
  it('compares budget left, the simulated chance of going over it, unique reach and frequency', () => {
    // Cost €100 against €150: €50 left. The dearer plan costs €150 against €120: €30 over.
    const base = projectPoint(handScenario({}, { budget: 150 }));
    const dearer = projectPoint(handScenario({ payment: { model: 'fixed', feePerPost: 150 } }, { budget: 120 }));
    const mc = (p: number) => ({ ...runMonteCarlo(handScenario({}, { simulation: { trials: 10, seed: 1, creatorCorrelation: 0.5, campaignCorrelation: 0.3 } })), probabilityOverBudget: p });
    const rows = Object.fromEntries(comparisonRows([base, dearer], 0, [mc(0.1), mc(0.6)]).map((r) => [r.key, r]));
    expect(rows.budgetLeft!.cells.map((c) => c.value)).toEqual([50, -30]);
    expect(rows.budgetLeft!.cells[1]).toMatchObject({ delta: -80, best: false });
    expect(rows.probabilityOverBudget!.cells.map((c) => [c.value, c.best])).toEqual([[0.1, true], [0.6, false]]);
    expect(rows.probabilityOverBudget!.cells[1]!.delta).toBeCloseTo(0.5, 12);
    // 20,000 impressions (100,000 followers · 0.2) over 100,000 · (1 − e^−0.2) = 18,127 people reached.
    expect(rows.frequency!.cells[0]!.value).toBeCloseTo(20_000 / (100_000 * -Math.expm1(-0.2)), 9);
    // Frequency is a choice, not a score: no best is marked.
    expect(rows.frequency!.better).toBe('neither');
    expect(rows.frequency!.cells.map((c) => c.best)).toEqual([false, false]);
    // Reach is the campaign's reach after overlap: the same figure as the typical case's.
    expect(rows.reach!.cells[0]!.value).toBe(base.totals.reach);
  });

  it('leaves the simulated and budget figures undefined where they are missing', () => {
    const rows = Object.fromEntries(comparisonRows([projectPoint(handScenario())], 0).map((r) => [r.key, r]));
    expect(rows.budgetLeft!.cells[0]!.value).toBeNull();
    expect(rows.probabilityOverBudget!.cells[0]!.value).toBeNull();
  });
});
