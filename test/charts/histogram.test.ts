import { describe, expect, it } from 'vitest';
import { binSamples } from '../../src/charts/histogram';

describe('binSamples', () => {
  it('puts zero on a bin edge so no bin mixes losses and gains', () => {
    const samples = Float64Array.from({ length: 1000 }, (_, i) => -1234 + i * 37.3);
    const h = binSamples(samples, 25);
    expect(h.bins.some((b) => b.x0 === 0 || b.x1 === 0)).toBe(true);
    expect(h.bins.every((b) => b.x1 <= 0 || b.x0 >= 0)).toBe(true);
  });
  it('counts every sample once and shares add up to one', () => {
    const samples = [-5, -1, 0, 2, 3, 3, 10, 99];
    const h = binSamples(samples, 10);
    expect(h.total).toBe(8);
    expect(h.bins.reduce((s, b) => s + b.count, 0)).toBe(8);
    expect(h.bins.reduce((s, b) => s + b.share, 0)).toBeCloseTo(1, 10);
    expect(h.lossShare).toBeCloseTo(2 / 8, 10);
  });
  it('handles identical and missing samples', () => {
    const same = binSamples([500, 500, 500]);
    expect(same.total).toBe(3);
    expect(same.domain[0]).toBeLessThan(500);
    expect(same.domain[1]).toBeGreaterThan(500);
    expect(same.bins.reduce((s, b) => s + b.count, 0)).toBe(3);
    expect(binSamples([])).toMatchObject({ bins: [], total: 0, lossShare: 0 });
    expect(binSamples([NaN, 1, 2]).total).toBe(2);
  });
});
