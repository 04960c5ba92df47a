import type { Summary } from './types';
import { radixPercentiles, RADIX_MIN, select } from './montecarlo/radixSelect';

/**
 * Summary statistics of a sample: mean, standard deviation (with the n − 1 denominator; 0 for a
 * single value), and the 5th, 50th and 95th percentiles. A percentile p is the linear
 * interpolation on the sorted sample x₀ ≤ … ≤ xₙ₋₁ at position h = (n − 1)·p: x⌊h⌋ + (h − ⌊h⌋)·(x⌊h⌋₊₁ − x⌊h⌋)
 * (type 7 of Hyndman & Fan, as numpy, R and Excel's PERCENTILE.INC). Values that are not finite
 * (the NaN of a trial's ROI where cost is 0) are left out; with no value left every field is null.
 * Order statistics are found by selection in O(n) instead of a full sort: for large samples a
 * radix pass narrows each to one bucket first (radixPercentiles), for small ones quickselect.
 */
export function summarize(values: Float64Array, scratch?: Float64Array): Summary {
  const work = scratch && scratch.length >= values.length ? scratch : new Float64Array(values.length);
  let n = 0;
  let sum = 0;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (Number.isFinite(v)) {
      work[n++] = v;
      sum += v;
      if (v < min) min = v;
      if (v > max) max = v;
    }
  }
  if (n === 0) return { mean: null, sd: null, p5: null, p50: null, p95: null };
  const mean = sum / n;
  let squares = 0;
  for (let i = 0; i < n; i++) {
    const d = (work[i] as number) - mean;
    squares += d * d;
  }
  const sd = n > 1 ? Math.sqrt(squares / (n - 1)) : 0;
  if (min === max) return { mean, sd, p5: min, p50: min, p95: min };
  if (n >= RADIX_MIN) {
    const q = radixPercentiles(work, n, [0.05, 0.5, 0.95], min, max);
    return { mean, sd, p5: q[0] as number, p50: q[1] as number, p95: q[2] as number };
  }
  const p50 = percentileInPlace(work, n, 0.5, 0, n - 1);
  // After selecting the median, smaller values lie left of it and larger ones right of it.
  const mid = Math.floor((n - 1) * 0.5);
  const p5 = percentileInPlace(work, n, 0.05, 0, mid);
  const p95 = percentileInPlace(work, n, 0.95, mid, n - 1);
  return { mean, sd, p5, p50, p95 };
}

/** The type-7 percentile p of a[0..n), reordering a; the order statistics it needs lie in [lo, hi]. */
function percentileInPlace(a: Float64Array, n: number, p: number, lo: number, hi: number): number {
  const h = (n - 1) * p;
  const k = Math.floor(h);
  const below = select(a, k, lo, hi);
  if (k + 1 >= n || h === k) return below;
  // After selection every value right of k is ≥ a[k]: the next order statistic is their minimum.
  let next = Infinity;
  for (let i = k + 1; i <= hi; i++) if ((a[i] as number) < next) next = a[i] as number;
  if (next === Infinity) next = select(a, k + 1, k + 1, n - 1);
  return below + (h - k) * (next - below);
}
