import { describe, expect, it } from 'vitest';
import { percentile, roundBins, sortedFinite } from '../../src/charts/binning';

describe('percentile', () => {
  it('interpolates linearly between order statistics (type 7)', () => {
    // n = 5: P25 sits at index (5 - 1) × 0.25 = 1 → 20; P90 at index 3.6 → 40 + 0.6 × (50 - 40) = 46.
    const sorted = [10, 20, 30, 40, 50];
    expect(percentile(sorted, 0.25)).toBe(20);
    expect(percentile(sorted, 0.9)).toBeCloseTo(46, 12);
    expect(percentile(sorted, 0)).toBe(10);
    expect(percentile(sorted, 1)).toBe(50);
  });
  it('is null for an empty sample', () => {
    expect(percentile([], 0.5)).toBeNull();
  });
});

describe('sortedFinite', () => {
  it('drops NaN and infinities and sorts ascending', () => {
    expect(Array.from(sortedFinite([3, Number.NaN, -1, Infinity, 2, -Infinity]))).toEqual([-1, 2, 3]);
  });
});

describe('roundBins', () => {
  it('widens to round edges', () => {
    // 3..97 in about 10 bins: d3 picks a step of 10, so the axis runs 0..100 with edges every 10.
    const { domain, thresholds } = roundBins(3, 97, 10);
    expect(domain).toEqual([0, 100]);
    expect(thresholds).toEqual([0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100]);
  });
  it('gives a single value a band of ±5%, at least ±1', () => {
    // 200 ± 10 → 190..210; 0 ± 1 → -1..1.
    expect(roundBins(200, 200, 10).domain).toEqual([190, 210]);
    expect(roundBins(0, 0, 10).domain).toEqual([-1, 1]);
  });
});
