import type { Summary } from './types';

/**
 * Summary statistics of a sample: mean, standard deviation (with the n − 1 denominator; 0 for a
 * single value), and the 5th, 50th and 95th percentiles. A percentile p is the linear
 * interpolation on the sorted sample x₀ ≤ … ≤ xₙ₋₁ at position h = (n − 1)·p: x⌊h⌋ + (h − ⌊h⌋)·(x⌊h⌋₊₁ − x⌊h⌋)
 * (type 7 of Hyndman & Fan, as numpy, R and Excel's PERCENTILE.INC). Values that are not finite
 * (the NaN of a trial's ROI where cost is 0) are left out; with no value left every field is null.
 * Order statistics are found by selection in O(n) instead of a full sort.
 */
export function summarize(values: Float64Array, scratch?: Float64Array): Summary {
  const work = scratch && scratch.length >= values.length ? scratch : new Float64Array(values.length);
  let n = 0;
  let sum = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (Number.isFinite(v)) {
      work[n++] = v;
      sum += v;
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

/** Hoare's quickselect with a median-of-three pivot: puts the k-th smallest of a[lo..hi] at a[k]. */
function select(a: Float64Array, k: number, lo: number, hi: number): number {
  while (hi > lo) {
    const mid = (lo + hi) >>> 1;
    const x = a[lo] as number, y = a[mid] as number, z = a[hi] as number;
    const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((a[i] as number) < pivot) i++;
      while ((a[j] as number) > pivot) j--;
      if (i <= j) {
        const tmp = a[i] as number;
        a[i] = a[j] as number;
        a[j] = tmp;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else break;
  }
  return a[k] as number;
}
