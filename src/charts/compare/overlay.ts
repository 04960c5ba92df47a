import { bin } from 'd3-array';
import { percentile, roundBins, sortedFinite } from '../binning';

export interface OverlayBin {
  x0: number;
  x1: number;
}

export interface OverlaySeries {
  /** share of this series' trials per bin, aligned with `bins` */
  shares: number[];
  /** the median of the series, or null without samples */
  p50: number | null;
}

export interface Overlay {
  bins: OverlayBin[];
  domain: [number, number];
  series: OverlaySeries[];
  /** the largest share of any bin of any series */
  maxShare: number;
}

/** Share of trials left out of the axis at each end (they land in the edge bins). */
const TAIL = 0.005;

/**
 * Bins several sample sets on the same round thresholds, so their step outlines can be drawn on
 * one axis and compared bar for bar. Shares (not counts) keep different trial counts comparable.
 */
export function overlayBins(sets: readonly ArrayLike<number>[], targetBins = 40): Overlay {
  const finite = sets.map(sortedFinite);
  // The axis spans each series' middle 99% rather than its extremes: one long-tailed scenario
  // would otherwise squeeze every other distribution into a spike. Tail trials are counted in
  // the edge bins, so every series still sums to 100%.
  let lo = Infinity;
  let hi = -Infinity;
  for (const values of finite) {
    if (values.length === 0) continue;
    lo = Math.min(lo, percentile(values, TAIL) ?? lo);
    hi = Math.max(hi, percentile(values, 1 - TAIL) ?? hi);
  }
  if (lo === Infinity) return { bins: [], domain: [0, 1], series: finite.map(() => ({ shares: [], p50: null })), maxShare: 0 };
  const { domain, thresholds: edges } = roundBins(lo, hi, targetBins);
  const [n0, n1] = domain;
  // A threshold at the domain's end would open a zero-width last bin for the clamped tail.
  const thresholds = edges.filter((t) => t < n1);
  const generator = bin().domain([n0, n1]).thresholds(thresholds);
  let maxShare = 0;
  let bins: OverlayBin[] = [];
  const series = finite.map((values) => {
    const binned = generator(Array.from(values, (v) => Math.min(Math.max(v, n0), n1)));
    if (bins.length === 0) bins = binned.map((b) => ({ x0: b.x0 ?? n0, x1: b.x1 ?? n1 }));
    const shares = binned.map((b) => (values.length === 0 ? 0 : b.length / values.length));
    for (const s of shares) maxShare = Math.max(maxShare, s);
    return { shares, p50: percentile(values, 0.5) };
  });
  return { bins, domain: [n0, n1], series, maxShare };
}

/** The outline of a histogram as one path: up and across each bin, down at the end. */
export function stepPath(bins: readonly OverlayBin[], shares: readonly number[], x: (v: number) => number, y: (v: number) => number): string {
  const first = bins[0];
  if (!first) return '';
  let d = `M${x(first.x0)},${y(0)}`;
  bins.forEach((b, i) => {
    const yy = y(shares[i] ?? 0);
    d += `V${yy}H${x(b.x1)}`;
  });
  return `${d}V${y(0)}`;
}
