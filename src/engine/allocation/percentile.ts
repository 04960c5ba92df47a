import { select } from '../montecarlo/radixSelect';

/**
 * The type-7 percentile p of work[0..n) (docs/MODEL.md §5, as summary.ts), by selection in place:
 * the same order statistics, hence the same number, as the Monte Carlo summary reports. Reorders
 * `work`, so it is for buffers nobody reads afterwards (no copy, a pass less per judgement).
 */
export function percentileInPlace(work: Float64Array, n: number, p: number): number {
  const h = (n - 1) * p;
  const k = Math.floor(h);
  const below = select(work, k, 0, n - 1);
  if (k + 1 >= n || h === k) return below;
  let next = Infinity;
  for (let i = k + 1; i < n; i++) if ((work[i] as number) < next) next = work[i] as number;
  return below + (h - k) * (next - below);
}
