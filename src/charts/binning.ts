import { nice, quantileSorted, ticks } from 'd3-array';

export interface RoundBins {
  /** the axis, widened to round numbers */
  domain: [number, number];
  /** the inner bin edges, round numbers inside the domain */
  thresholds: number[];
}

/**
 * Round bin edges spanning lo..hi, as d3's `nice` and `ticks` choose them. A single value gets a
 * band of ±5% (at least ±1) around it, so it still draws as one bar.
 */
export function roundBins(lo: number, hi: number, targetBins: number): RoundBins {
  let from = lo;
  let to = hi;
  if (from === to) {
    const pad = Math.max(1, Math.abs(from) * 0.05);
    from -= pad;
    to += pad;
  }
  const [n0, n1] = nice(from, to, targetBins);
  return { domain: [n0, n1], thresholds: ticks(n0, n1, targetBins) };
}

/** The finite values of a sample, sorted ascending (NaN and ±Infinity say nothing a chart can draw). */
export function sortedFinite(samples: ArrayLike<number>): Float64Array {
  return Float64Array.from(samples).filter(Number.isFinite).sort();
}

/**
 * The p-quantile of an ascending sample, interpolating linearly (type 7, as the engine's
 * summaries), so a mark drawn from it equals the P5 or P95 printed beside the chart.
 * Null for an empty sample.
 */
export function percentile(sorted: Float64Array | readonly number[], p: number): number | null {
  return sorted.length === 0 ? null : (quantileSorted(sorted as number[], p) ?? null);
}
