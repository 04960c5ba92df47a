import { bin } from 'd3-array';
import { roundBins } from './binning';

export interface HistogramBin {
  x0: number;
  x1: number;
  count: number;
  /** share of all samples in this bin */
  share: number;
}

export interface Histogram {
  bins: HistogramBin[];
  domain: [number, number];
  total: number;
  /** share of samples below zero */
  lossShare: number;
}

/**
 * Bins samples on round thresholds. Zero is always a threshold when the samples straddle it,
 * so no bar mixes losing and winning trials and the loss side can be coloured bar by bar.
 */
export function binSamples(samples: ArrayLike<number>, targetBins = 30): Histogram {
  const values = Array.from(samples).filter(Number.isFinite);
  const total = values.length;
  if (total === 0) return { bins: [], domain: [0, 1], total: 0, lossShare: 0 };
  let lo = Infinity;
  let hi = -Infinity;
  let losses = 0;
  for (const v of values) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
    if (v < 0) losses++;
  }
  const {
    domain: [n0, n1],
    thresholds,
  } = roundBins(lo, hi, targetBins);
  if (n0 < 0 && n1 > 0 && !thresholds.includes(0)) {
    thresholds.push(0);
    thresholds.sort((a, b) => a - b);
  }
  const generator = bin().domain([n0, n1]).thresholds(thresholds);
  const bins = generator(values).map((b) => ({
    x0: b.x0 ?? n0,
    x1: b.x1 ?? n1,
    count: b.length,
    share: b.length / total,
  }));
  return { bins, domain: [n0, n1], total, lossShare: losses / total };
}
