/** The five marks of a box plot, with the mean. */
export interface BoxStats {
  p5: number;
  p25: number;
  p50: number;
  p75: number;
  p95: number;
  mean: number;
}

/**
 * Box-plot figures of a sample; percentiles interpolate linearly on the sorted sample (type 7,
 * as the engine's summaries), so a whisker end equals the P5 or P95 printed beside the chart.
 * Null for an empty sample.
 */
export function boxStats(samples: ArrayLike<number>): BoxStats | null {
  const sorted = Float64Array.from(samples).filter(Number.isFinite).sort();
  const n = sorted.length;
  if (n === 0) return null;
  const q = (p: number) => {
    const h = (n - 1) * p;
    const k = Math.floor(h);
    const lo = sorted[k]!;
    const hi = sorted[Math.min(n - 1, k + 1)]!;
    return lo + (h - k) * (hi - lo);
  };
  let sum = 0;
  for (const v of sorted) sum += v;
  return { p5: q(0.05), p25: q(0.25), p50: q(0.5), p75: q(0.75), p95: q(0.95), mean: sum / n };
}
