import { percentile, sortedFinite } from '../binning';

/** The five marks of a box plot, with the mean. */
export interface BoxStats {
  p5: number;
  p25: number;
  p50: number;
  p75: number;
  p95: number;
  mean: number;
}

/** Box-plot figures of a sample, so a whisker end equals the P5 or P95 printed beside the chart; null for an empty sample. */
export function boxStats(samples: ArrayLike<number>): BoxStats | null {
  const sorted = sortedFinite(samples);
  const n = sorted.length;
  if (n === 0) return null;
  const q = (p: number) => percentile(sorted, p) ?? 0;
  let sum = 0;
  for (const v of sorted) sum += v;
  return { p5: q(0.05), p25: q(0.25), p50: q(0.5), p75: q(0.75), p95: q(0.95), mean: sum / n };
}
