import { select } from '../montecarlo/radixSelect';

/**
 * The type-7 percentile p of values[0..n) (docs/MODEL.md §5, as summary.ts), by selection on a copy
 * in `work`: the same order statistics, hence the same number, as the Monte Carlo summary reports.
 */
export function percentile(values: Float64Array, n: number, p: number, work: Float64Array): number {
  work.set(values.subarray(0, n));
  const h = (n - 1) * p;
  const k = Math.floor(h);
  const below = select(work, k, 0, n - 1);
  if (k + 1 >= n || h === k) return below;
  let next = Infinity;
  for (let i = k + 1; i < n; i++) if ((work[i] as number) < next) next = work[i] as number;
  return below + (h - k) * (next - below);
}
